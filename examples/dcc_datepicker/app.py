"""dcc.DatePickerSingle and dcc.DatePickerRange: dates as "YYYY-MM-DD" strings."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.DatePickerSingle(
        id="day", date="2024-01-05",
        min_date_allowed="2024-01-01", max_date_allowed="2024-12-31",
    ),
    html.Div(id="day-out"),
    dcc.DatePickerRange(id="stay", start_date="2024-03-01", end_date="2024-03-05"),
    html.Div(id="stay-out"),
])


@callback(Output("day-out", "children"), Input("day", "date"))
def day(date):
    return f"Day: {date}"


@callback(Output("stay-out", "children"), Input("stay", "start_date"), Input("stay", "end_date"))
def stay(start_date, end_date):
    return f"Stay from {start_date} to {end_date}"


if __name__ == "__main__":
    app.run(debug=True)
