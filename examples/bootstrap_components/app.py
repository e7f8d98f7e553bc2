"""dash-bootstrap-components 2.0.4, drawn by its own bundle: an Alert opened and closed by a
Button, a Card with an Input, a collapsible section and a dismissable alert."""
import dash_bootstrap_components as dbc
from dash import Dash, Input, Output, State, callback, html

app = Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP])
app.layout = dbc.Container([
    html.H1("Bootstrap components"),
    dbc.Button("Toggle alert", id="toggle", color="primary", n_clicks=0),
    dbc.Alert("Hello from an Alert", id="alert", color="success", is_open=True),
    dbc.Card(dbc.CardBody([
        html.H4("Greeting", className="card-title"),
        dbc.Input(id="name", placeholder="Your name", type="text"),
        html.P(id="greeting", className="card-text"),
    ]), id="card"),
    dbc.Button("More", id="more", color="secondary", n_clicks=0),
    dbc.Collapse(dbc.Card(dbc.CardBody("Hidden details")), id="details", is_open=False),
    html.Div(id="clicks"),
])


@callback(Output("alert", "is_open"), Input("toggle", "n_clicks"), State("alert", "is_open"),
          prevent_initial_call=True)
def toggle_alert(n_clicks, is_open):
    return not is_open


@callback(Output("greeting", "children"), Input("name", "value"))
def greet(name):
    return f"Hello, {name}!" if name else "Type your name"


@callback(Output("details", "is_open"), Output("clicks", "children"),
          Input("more", "n_clicks"), State("details", "is_open"))
def toggle_details(n_clicks, is_open):
    if not n_clicks:
        return is_open, "More clicked 0 times"
    return not is_open, f"More clicked {n_clicks} times"


if __name__ == "__main__":
    app.run()
