"""What `pyclient graph` and the debug overlay's picture show, from an app's spec (no Node)."""

from pyclient import ALL, MATCH, App, Input, Output, State, html
from pyclient.graph_picture import describe, id_label, where_it_runs


def _app() -> App:
    app = App(__name__)
    app.layout = html.Div([html.Button("go", id="btn"), html.Div(id="out"), html.Div(id="log")])

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), State("out", "title"))
    def show(n, title):
        return n

    @app.callback(Output({"type": "row", "index": MATCH}, "children"),
                  Input({"type": "row", "index": MATCH}, "value"), server=True)
    def row(value):
        return value

    @app.callback(Output("log", "children"), Input({"type": "row", "index": ALL}, "value"),
                  background=True)
    def log(values):
        return len(values)

    app.clientside_callback("(n) => n", Output("log", "title"), Input("btn", "n_clicks"))
    return app


def test_each_callback_says_where_it_runs_in_spec_order():
    picture = describe(_app().spec())
    assert [(c["index"], c["name"], c["runs"]) for c in picture["callbacks"]] == [
        (0, "show", "browser"), (1, "row", "server"), (2, "log", "background"),
        (3, "clientside", "clientside")]
    show = picture["callbacks"][0]
    assert show["inputs"] == [{"id": "btn", "prop": "n_clicks"}]
    assert show["states"] == [{"id": "out", "prop": "title"}]
    assert show["outputs"] == [{"id": "out", "prop": "children"}]


def test_components_list_the_props_callbacks_use_once_with_their_type():
    components = {c["id"]: c for c in describe(_app().spec())["components"]}
    assert components["btn"]["props"] == ["n_clicks"]  # two callbacks read it: one box
    assert components["btn"]["type"] == "html.Button"
    assert sorted(components["out"]["props"]) == ["children", "title"]
    assert sorted(components["log"]["props"]) == ["children", "title"]
    pattern = '{"index":"[MATCH]","type":"row"}'
    assert components[pattern]["label"] == '{"index":MATCH,"type":"row"}'
    assert components[pattern]["type"] == ""  # no such component in the first layout


def test_a_background_server_callback_says_both():
    assert where_it_runs({"server": True, "background": True, "clientside": None}) == "server, background"
    assert where_it_runs({"server": False, "background": False, "clientside": None}) == "browser"
    assert where_it_runs({"r": True, "server": False, "clientside": None}) == "webR"


def test_labels_keep_ordinary_ids_and_values():
    assert id_label("plain-id") == "plain-id"
    assert id_label('{"index":2,"type":"inp"}') == '{"index":2,"type":"inp"}'
    assert id_label('{"index":"[ALLSMALLER]","type":"é"}') == '{"index":ALLSMALLER,"type":"é"}'
