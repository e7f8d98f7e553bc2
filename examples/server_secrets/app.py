"""What a build must not publish: server callback bodies, server-only module code, secrets read
from the environment, helpers and data files only the server uses. Each holds a canary string
that tests/e2e/test_server_callbacks.py searches for in every file of the build."""

import os

import pandas as pd
from dash import Dash, Input, Output, callback, dcc, html

API_TOKEN = os.environ.get("PYCLIENT_DEMO_TOKEN", "CANARY-ENV-51c2")
prices = pd.read_csv("private_prices.csv")
prices["note"] = "CANARY-MODULE-9d4e"


def margin_of(product):
    """CANARY-HELPER-2b7f"""
    row = prices[prices["product"] == product].iloc[0]
    return float(row.price - row.cost)


app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(["tea", "coffee"], "tea", id="product"),
    html.Div(id="margin"),
    html.Div(id="token"),
    html.Div(id="shout"),
])


@callback(Output("margin", "children"), Input("product", "value"))
def margin(product):
    label = "CANARY-BODY-e81a"
    return f"Margin on {product}: {margin_of(product):.2f}" if label else ""


@callback(Output("token", "children"), Input("product", "value"))
def token(product):
    return f"Token ends with {API_TOKEN[-4:]}"


@callback(Output("shout", "children"), Input("product", "value"))
def shout(product):
    return f"{product.upper()}! VISIBLE-BROWSER-0c3d"


if __name__ == "__main__":
    app.run(debug=True)
