# running= on a component inside a pattern-matched list: only the clicked row's button is
# disabled while its callback runs.
import time

from dash import MATCH, Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Div([html.Button(f"run {i}", id={"type": "run", "index": i}),
              html.Span("idle", id={"type": "state", "index": i})])
    for i in range(3)
])


@callback(Output({"type": "state", "index": MATCH}, "children"),
          Input({"type": "run", "index": MATCH}, "n_clicks"),
          running=[(Output({"type": "run", "index": MATCH}, "disabled"), True, False)],
          prevent_initial_call=True)
def run(n):
    time.sleep(0.5)
    return f"done {n}"


if __name__ == "__main__":
    app.run()
