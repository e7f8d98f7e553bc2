"""Gapminder explorer: pick a country and a measure, see it over time (plotly.express), a summary
computed with pandas, and the latest value passed on through a dcc.Store to a plain callback."""
import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

df = pd.read_csv("data.csv")

MEASURES = {
    "lifeExp": "Life expectancy",
    "gdpPercap": "GDP per capita",
    "pop": "Population",
}
UNITS = {"lifeExp": " years", "gdpPercap": " US$", "pop": " people"}

app = Dash(__name__)

app.layout = html.Div([
    html.H1("Gapminder explorer"),
    html.Div([
        html.Label("Country"),
        dcc.Dropdown(sorted(df.country.unique()), "Canada", id="country", clearable=False),
    ]),
    dcc.RadioItems(MEASURES, "lifeExp", id="measure", inline=True),
    dcc.Checklist(["Show continent average"], [], id="options"),
    html.H2(id="title"),
    dcc.Graph(id="graph"),
    html.P(id="summary"),
    dcc.Store(id="latest"),
    html.P(id="headline"),
])


def filter_frame(country):
    return df[df.country == country]


def format_value(measure, value):
    if measure == "pop":
        return f"{value / 1e6:,.1f} million"
    if measure == "gdpPercap":
        return f"{value:,.0f}"
    return f"{value:.1f}"


@callback(Output("title", "children"), Input("country", "value"), Input("measure", "value"))
def update_title(country, measure):
    return f"{MEASURES[measure]} in {country}"


@callback(
    Output("graph", "figure"),
    Output("summary", "children"),
    Output("latest", "data"),
    Input("country", "value"),
    Input("measure", "value"),
    Input("options", "value"),
)
def update_graph(country, measure, options):
    dff = filter_frame(country)
    continent = dff.continent.iloc[0]
    fig = px.line(dff, x="year", y=measure, markers=True,
                  title=f"{country} ({continent})",
                  labels={"year": "Year", measure: MEASURES[measure]})
    if "Show continent average" in options:
        average = df[df.continent == continent].groupby("year", as_index=False)[measure].mean()
        fig.add_scatter(x=average.year, y=average[measure], mode="lines",
                        name=f"{continent} average", line={"dash": "dot"})
        fig.data[0].name = country
        fig.data[0].showlegend = True

    summary = (f"{MEASURES[measure]} in {country}, {dff.year.min()}-{dff.year.max()}: "
               f"mean {format_value(measure, dff[measure].mean())}{UNITS[measure]}")
    last = dff.sort_values("year").iloc[-1]
    latest = {"country": country, "measure": measure,
              "year": int(last.year), "value": float(last[measure])}
    return fig, summary, latest


@callback(Output("headline", "children"), Input("latest", "data"))
def headline(latest):
    if not latest:
        return "No data yet"
    measure = latest["measure"]
    shown = format_value(measure, latest["value"]) + UNITS[measure]
    return f"Latest figure for {latest['country']} ({latest['year']}): {shown}"


if __name__ == "__main__":
    app.run(debug=True)
