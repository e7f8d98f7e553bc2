"""dcc.Upload: a chosen file arrives as a base64 data URL with its name and date."""
import base64

from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)

app.layout = html.Div([
    dcc.Upload(
        id="upload",
        children=html.Div(["Drag and drop or ", html.A("select a file")]),
        style={"borderWidth": 1, "borderStyle": "dashed", "padding": 20},
    ),
    html.Div(id="upload-out"),
    dcc.Upload(id="upload-many", multiple=True, children=html.Button("Upload files")),
    html.Div(id="many-out"),
])


@callback(
    Output("upload-out", "children"),
    Input("upload", "contents"),
    State("upload", "filename"),
    State("upload", "last_modified"),
    prevent_initial_call=True,
)
def one(contents, filename, last_modified):
    header, data = contents.split(",", 1)
    text = base64.b64decode(data).decode()
    return f"{filename}: {text} ({header}, recent: {last_modified > 1e9})"


@callback(
    Output("many-out", "children"),
    Input("upload-many", "contents"),
    State("upload-many", "filename"),
    prevent_initial_call=True,
)
def many(contents, filenames):
    sizes = [len(base64.b64decode(c.split(",", 1)[1])) for c in contents]
    return f"{len(contents)} files: " + ", ".join(f"{n} ({s} bytes)" for n, s in zip(filenames, sizes))


if __name__ == "__main__":
    app.run(debug=True)
