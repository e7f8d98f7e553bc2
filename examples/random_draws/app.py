# Random numbers drawn in a callback differ from visit to visit, even though every visit
# starts Python from the same memory snapshot made by the build.
import random

from dash import Dash, Input, Output, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Draw again", id="draw"),
    html.Div(id="number"),
])


@app.callback(Output("number", "children"), Input("draw", "n_clicks"))
def draw(n_clicks):
    return f"drawn: {random.randint(1, 10**12)}"


if __name__ == "__main__":
    app.run(debug=True)
