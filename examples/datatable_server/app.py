"""A DataTable paged, sorted and filtered by pandas on the server (page_action, sort_action and
filter_action "custom"): the table asks for one page at a time through its props, as in Dash's
DataTable docs."""
import operator

import pandas as pd
from dash import Dash, Input, Output, callback, dash_table, html

df = pd.read_csv("data.csv")
OPERATORS = {"eq": operator.eq, "=": operator.eq, "gt": operator.gt, ">": operator.gt,
             "lt": operator.lt, "<": operator.lt}

app = Dash(__name__)
app.layout = html.Div([
    dash_table.DataTable(
        id="table",
        columns=[{"name": c, "id": c} for c in ["month", "region", "product", "revenue"]],
        page_current=0,
        page_size=5,
        page_action="custom",
        sort_action="custom",
        sort_mode="single",
        sort_by=[],
        filter_action="custom",
        filter_query="",
    ),
    html.Div(id="rows"),
])


def apply_filter(frame, query):
    """Dash's query syntax for `{column} op value` terms joined by ` && ` (the table writes
    `scontains`, `s>`: "s" for case-sensitive)."""
    for term in filter(None, (query or "").split(" && ")):
        column, _, rest = term.partition("} ")
        op, _, value = rest.partition(" ")
        if op[:1] in ("s", "i") and (op[1:] in OPERATORS or op[1:] == "contains"):
            op = op[1:]
        column = column.lstrip("{")
        value = value.strip('"')
        series = frame[column]
        if op in OPERATORS:
            wanted = value if series.dtype == object else float(value)
            frame = frame[OPERATORS[op](series, wanted)]
        elif op == "contains":
            frame = frame[series.astype(str).str.contains(value)]
    return frame


@callback(Output("table", "data"), Output("table", "page_count"), Output("rows", "children"),
          Input("table", "page_current"), Input("table", "page_size"),
          Input("table", "sort_by"), Input("table", "filter_query"))
def page(page_current, page_size, sort_by, filter_query):
    frame = apply_filter(df, filter_query)
    if sort_by:
        frame = frame.sort_values(sort_by[0]["column_id"], ascending=sort_by[0]["direction"] == "asc",
                                  kind="stable")
    start = page_current * page_size
    rows = frame.iloc[start:start + page_size]
    pages = max(1, -(-len(frame) // page_size))
    return (rows.to_dict("records"), pages,
            f"{len(frame)} rows, page {page_current + 1} of {pages}, query: {filter_query}")


if __name__ == "__main__":
    app.run()
