"""dcc.Download with dcc.send_string and dcc.send_bytes: a click saves a file."""
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    html.Button("Download CSV", id="csv"),
    html.Button("Download bytes", id="bytes"),
    dcc.Download(id="download-csv"),
    dcc.Download(id="download-bytes"),
])


@callback(Output("download-csv", "data"), Input("csv", "n_clicks"), prevent_initial_call=True)
def csv(n_clicks):
    return dcc.send_string(f"city,population\nMontréal,1.8\nclicks,{n_clicks}\n", "cities.csv")


@callback(Output("download-bytes", "data"), Input("bytes", "n_clicks"), prevent_initial_call=True)
def raw(n_clicks):
    return dcc.send_bytes(bytes(range(256)), "all-bytes.bin")


if __name__ == "__main__":
    app.run(debug=True)
