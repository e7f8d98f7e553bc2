# An ALLSMALLER chain: each item is computed from the items before it (a Fibonacci list), and
# the initial pass settles to the same values as Dash; a total reads them ALL.
from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Div([html.Div(id={"type": "fib", "index": i}) for i in range(4)]),
    html.Div(id="total"),
])


@callback(Output({"type": "fib", "index": MATCH}, "children"),
          Input({"type": "fib", "index": ALLSMALLER}, "children"))
def next_number(smaller):
    if len(smaller) < 2:
        return 1
    return (smaller[-1] or 0) + (smaller[-2] or 0)


@callback(Output("total", "children"), Input({"type": "fib", "index": ALL}, "children"))
def total(numbers):
    return f"sum {sum(n or 0 for n in numbers)}: {numbers}"


if __name__ == "__main__":
    app.run()
