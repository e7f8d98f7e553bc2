# While a callback runs, the page title reads update_title ("Updating..." by default), then
# comes back.
import time

from dash import Dash, Input, Output, callback, html

app = Dash(__name__, title="Title demo")
app.layout = html.Div([html.Button("work", id="work"), html.Div(id="out")])


@callback(Output("out", "children"), Input("work", "n_clicks"), prevent_initial_call=True)
def work(n):
    time.sleep(1)
    return f"worked {n}"


if __name__ == "__main__":
    app.run(debug=True)
