"""Sales dashboard: two buttons pick the view (ctx.triggered_id, no pandas), a dropdown and a
checklist built from the data filter it, and pandas + plotly.express draw the chart and the
totals."""
import pandas as pd
import plotly.express as px
from dash import Dash, Input, Output, callback, ctx, dcc, html

df = pd.read_csv("data.csv")
REGIONS = sorted(df.region.unique())
LABELS = {"month": "Month", "region": "Region", "revenue": "Revenue ($)"}

app = Dash(__name__)

app.layout = html.Div([
    html.H1("Sales dashboard 2023"),
    html.Div([
        html.Label("Product"),
        dcc.Dropdown(sorted(df["product"].unique()), "Gadgets", id="product", clearable=False),
    ]),
    dcc.Checklist(REGIONS, REGIONS, id="regions", inline=True),
    html.Div([
        html.Button("Monthly trend", id="btn-monthly"),
        html.Button("Totals by region", id="btn-region"),
    ]),
    dcc.Store(id="view", data="monthly"),
    html.Div(id="view-label"),
    dcc.Graph(id="graph"),
    html.P(id="summary"),
    html.P(id="best-month"),
])


@callback(
    Output("view", "data"),
    Output("view-label", "children"),
    Input("btn-monthly", "n_clicks"),
    Input("btn-region", "n_clicks"),
)
def choose_view(monthly_clicks, region_clicks):
    view = "region" if ctx.triggered_id == "btn-region" else "monthly"
    clicks = (monthly_clicks or 0) + (region_clicks or 0)
    label = "Totals by region" if view == "region" else "Monthly trend"
    return view, f"Showing: {label} ({clicks} clicks so far)"


@callback(
    Output("graph", "figure"),
    Output("summary", "children"),
    Input("view", "data"),
    Input("product", "value"),
    Input("regions", "value"),
)
def update_graph(view, product, regions):
    dff = df[(df["product"] == product) & (df.region.isin(regions))]
    if dff.empty:
        return px.bar(title="No region selected"), f"{product}: no region selected"
    if view == "region":
        totals = dff.groupby("region", as_index=False)[["units", "revenue"]].sum()
        fig = px.bar(totals, x="region", y="revenue", color="region",
                     labels=LABELS, title=f"{product}: revenue by region")
    else:
        fig = px.line(dff, x="month", y="revenue", color="region", markers=True,
                      labels=LABELS, title=f"{product}: monthly revenue")
    where = f"{len(regions)} regions" if len(regions) > 1 else regions[0]
    summary = (f"{product} in {where}: {dff.units.sum():,} units, "
               f"${dff.revenue.sum():,.2f} revenue")
    return fig, summary


@callback(
    Output("best-month", "children"),
    Input("product", "value"),
    Input("regions", "value"),
    prevent_initial_call=True,
)
def best_month(product, regions):
    dff = df[(df["product"] == product) & (df.region.isin(regions))]
    if dff.empty:
        return "Best month: none"
    by_month = dff.groupby("month").revenue.sum()
    return f"Best month for {product}: {by_month.idxmax()} (${by_month.max():,.2f})"


if __name__ == "__main__":
    app.run(debug=True)
