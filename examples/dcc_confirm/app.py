"""dcc.ConfirmDialog and dcc.ConfirmDialogProvider: the browser's confirm box, OK or Cancel."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.ConfirmDialog(id="confirm", message="Delete everything?"),
    html.Button("Delete", id="delete"),
    html.Div(id="answer"),
    dcc.ConfirmDialogProvider(html.Button("Send", id="send"), id="provider", message="Send it?"),
    html.Div(id="provider-answer"),
])


@callback(Output("confirm", "displayed"), Input("delete", "n_clicks"), prevent_initial_call=True)
def ask(n_clicks):
    return True


@callback(
    Output("answer", "children"),
    Input("confirm", "submit_n_clicks"),
    Input("confirm", "cancel_n_clicks"),
)
def answer(submitted, cancelled):
    return f"Deleted {submitted or 0} times, kept {cancelled or 0} times"


@callback(
    Output("provider-answer", "children"),
    Input("provider", "submit_n_clicks"),
    Input("provider", "cancel_n_clicks"),
)
def provider_answer(submitted, cancelled):
    return f"Sent {submitted or 0} times, not sent {cancelled or 0} times"


if __name__ == "__main__":
    app.run(debug=True)
