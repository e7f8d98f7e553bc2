"""dcc.Store: memory data resets on reload, local and session data survive it."""
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Add", id="add"),
    html.Button("Clear local", id="clear"),
    dcc.Store(id="memory", data=[]),
    dcc.Store(id="local", storage_type="local", data=[]),
    dcc.Store(id="session", storage_type="session", data=[]),
    html.Div(id="memory-out"),
    html.Div(id="local-out"),
    html.Div(id="session-out"),
])


@callback(
    Output("memory", "data"),
    Output("local", "data"),
    Output("session", "data"),
    Input("add", "n_clicks"),
    State("memory", "data"),
    State("local", "data"),
    State("session", "data"),
    prevent_initial_call=True,
)
def add(n_clicks, memory, local, session):
    return [*memory, len(memory) + 1], [*(local or []), len(local or []) + 1], [*session, len(session) + 1]


@callback(Output("local", "clear_data"), Input("clear", "n_clicks"), prevent_initial_call=True)
def clear(n_clicks):
    return True


@callback(Output("memory-out", "children"), Input("memory", "data"))
def show_memory(data):
    return f"memory: {data!r}"


@callback(Output("local-out", "children"), Input("local", "data"))
def show_local(data):
    return f"local: {data!r}"


@callback(Output("session-out", "children"), Input("session", "data"))
def show_session(data):
    return f"session: {data!r}"


if __name__ == "__main__":
    app.run(debug=True)
