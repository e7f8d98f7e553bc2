import dash
from dash import html

dash.register_page(__name__, path_template="/report/<report_id>", name="Report")


def layout(report_id=None, **other):
    return html.H2(f"Report {report_id}", id="page-title")
