# dcc.Store with storage_type="local" next to a memory Store: the click counts are written on
# click and shown by callbacks that take the Store's modified_timestamp as Input (the pattern of
# Dash's dcc.Store documentation). After a reload the local count is still there, the memory
# one starts again.
from dash import Dash, html, dcc, callback, Input, Output, State
from dash.exceptions import PreventUpdate

app = Dash(__name__)

app.layout = html.Div([
    dcc.Store(id="local-clicks", storage_type="local"),
    dcc.Store(id="memory-clicks"),
    html.Button("Click", id="click-button"),
    html.Div(id="local-view"),
    html.Div(id="memory-view"),
])


@callback(
    Output("local-clicks", "data"),
    Output("memory-clicks", "data"),
    Input("click-button", "n_clicks"),
    State("local-clicks", "data"),
    State("memory-clicks", "data"),
)
def on_click(n_clicks, local, memory):
    if n_clicks is None:
        raise PreventUpdate
    local = local or {"clicks": 0}
    memory = memory or {"clicks": 0}
    local["clicks"] += 1
    memory["clicks"] += 1
    return local, memory


@callback(Output("local-view", "children"), Input("local-clicks", "modified_timestamp"),
          State("local-clicks", "data"))
def show_local(timestamp, data):
    if timestamp is None:
        raise PreventUpdate
    data = data or {}
    return f"local: {data.get('clicks', 0)} clicks (timestamp {'set' if timestamp > 0 else timestamp})"


@callback(Output("memory-view", "children"), Input("memory-clicks", "modified_timestamp"),
          State("memory-clicks", "data"))
def show_memory(timestamp, data):
    if timestamp is None:
        raise PreventUpdate
    data = data or {}
    return f"memory: {data.get('clicks', 0)} clicks (timestamp {'set' if timestamp > 0 else timestamp})"


if __name__ == "__main__":
    app.run(debug=True)
