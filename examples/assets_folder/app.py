# Dash(assets_folder=..., assets_url_path=..., assets_ignore=...): clientside functions and
# styles come from another folder, served at another path; ignored files are not served.
from dash import ClientsideFunction, Dash, Input, Output, clientside_callback, html

app = Dash(__name__, assets_folder="static", assets_url_path="files", assets_ignore="ignored.*")
app.layout = html.Div([
    html.Button("shout", id="btn"),
    html.Div("quiet", id="out"),
    html.Img(id="logo", src=app.get_asset_url("logo.svg")),
])

clientside_callback(
    ClientsideFunction(namespace="loud", function_name="shout"),
    Output("out", "children"),
    Input("btn", "n_clicks"),
    prevent_initial_call=True,
)

if __name__ == "__main__":
    app.run(debug=True)
