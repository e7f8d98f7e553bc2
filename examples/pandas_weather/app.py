"""March 2024 weather: daily highs and lows of a city (plotly.express), a pandas summary, a
rainy-day count that runs only when asked (State + prevent_initial_call), and a note echoed back
in plain Python."""
import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, State, callback, dcc, html

df = pd.read_csv("data.csv")

app = Dash(__name__)

app.layout = html.Div([
    html.H1("March 2024 weather"),
    dcc.Dropdown(sorted(df.city.unique()), "Oslo", id="city", clearable=False),
    dcc.RadioItems(["Celsius", "Fahrenheit"], "Celsius", id="unit", inline=True),
    html.Div(id="unit-hint"),
    dcc.Graph(id="graph"),
    html.P(id="summary"),
    html.Div([
        html.Label("Rain threshold (mm)"),
        dcc.Input(id="threshold", type="number", value=5, min=0),
        html.Button("Count rainy days", id="count"),
    ]),
    html.P("Press the button to count rainy days.", id="rainy"),
    html.Div([
        dcc.Input(id="note", type="text", placeholder="Add a note"),
        html.Button("Save note", id="save"),
    ]),
    html.P(id="saved-note"),
])


def to_unit(celsius, unit):
    return celsius * 9 / 5 + 32 if unit == "Fahrenheit" else celsius


@callback(Output("unit-hint", "children"), Input("unit", "value"))
def unit_hint(unit):
    symbol = "°F" if unit == "Fahrenheit" else "°C"
    return f"Temperatures are shown in {unit} ({symbol})."


@callback(
    Output("graph", "figure"),
    Output("summary", "children"),
    Input("city", "value"),
    Input("unit", "value"),
)
def update_graph(city, unit):
    dff = df[df.city == city].copy()
    dff["High"] = to_unit(dff.temp_max, unit)
    dff["Low"] = to_unit(dff.temp_min, unit)
    symbol = "°F" if unit == "Fahrenheit" else "°C"
    fig = px.line(dff, x="date", y=["High", "Low"], title=f"Daily temperatures in {city}",
                  labels={"date": "Date", "value": f"Temperature ({symbol})", "variable": ""})
    warmest = dff.loc[dff.temp_max.idxmax()]
    summary = (f"{city}: mean high {dff.High.mean():.1f} {symbol}, "
               f"mean low {dff.Low.mean():.1f} {symbol}, "
               f"warmest day {warmest.date}, total rain {dff.precip_mm.sum():.1f} mm")
    return fig, summary


@callback(
    Output("rainy", "children"),
    Input("count", "n_clicks"),
    State("city", "value"),
    State("threshold", "value"),
    prevent_initial_call=True,
)
def count_rainy_days(n_clicks, city, threshold):
    if threshold is None:
        return "Enter a threshold first."
    days = df[(df.city == city) & (df.precip_mm >= threshold)]
    return f"{city} had {len(days)} days with at least {threshold} mm of rain."


@callback(
    Output("saved-note", "children"),
    Input("save", "n_clicks"),
    State("note", "value"),
)
def save_note(n_clicks, note):
    if not n_clicks:
        return "No note saved yet."
    return f"Note #{n_clicks}: {note or '(empty)'}"


if __name__ == "__main__":
    app.run(debug=True)
