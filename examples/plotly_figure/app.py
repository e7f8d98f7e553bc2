# A browser callback builds a plotly.graph_objects figure: the build ships plotly's pure wheels
# (plotly, narwhals) inside the site and micropip installs them from there, offline.
import plotly.graph_objects as go
from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Add a bar", id="add"),
    html.Div(id="summary"),
])


@callback(Output("summary", "children"), Input("add", "n_clicks"))
def summarise(n_clicks):
    heights = list(range(1, (n_clicks or 0) + 2))
    fig = go.Figure(go.Bar(x=[f"b{h}" for h in heights], y=heights))
    fig.update_layout(title_text="Bars")
    data = fig.to_plotly_json()
    return f"{data['data'][0]['type']} with {len(data['data'][0]['y'])} bars, title {fig.layout.title.text}"
