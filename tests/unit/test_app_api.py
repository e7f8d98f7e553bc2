"""The app API: decorator signatures, the dash alias, loading an app file."""

import subprocess
import sys
import textwrap

import pytest

from pyclient import App, Input, Output, State
from pyclient.callbacks import parse_callback_args
from pyclient.components import html

from .drive import Driver, execute


def test_positional_lists_and_keywords_flatten_the_same():
    a = parse_callback_args((Output("o", "children"), Input("i", "value"), State("s", "value")), {})
    b = parse_callback_args(([Output("o", "children")], [Input("i", "value")], [State("s", "value")]), {})
    c = parse_callback_args((), {"output": Output("o", "children"), "inputs": [Input("i", "value")], "state": [State("s", "value")]})
    for cb in (a, b, c):
        assert [str(d) for d in cb.outputs + cb.inputs + cb.states] == ["o.children", "i.value", "s.value"]
    assert a.output_shape == "single" and b.output_shape == "list" and c.output_shape == "single"


def test_flexible_signature_passes_kwargs_and_returns_dict():
    app = App(__name__)
    app.layout = html.Div([html.Div(id="a", children="A"), html.Div(id="s", title="S"), html.Div(id="x"), html.Div(id="y")])

    @app.callback(
        output={"first": Output("x", "children"), "second": Output("y", "children")},
        inputs={"a_text": Input("a", "children")},
        state={"title": State("s", "title")},
    )
    def combine(a_text, title):
        from pyclient import ctx

        assert ctx.args_grouping["a_text"]["value"] == "A"
        return {"first": a_text + title, "second": title}

    spec = app.spec()
    sched = Driver(spec["callbacks"], spec["layout"])
    sched.start()
    (call,) = sched.next_calls()
    assert call.kwargs == {"a_text": "A", "title": "S"}
    outcome = execute(sched, call, combine)
    assert [u["value"] for u in outcome.updates] == ["AS", "S"]


def test_dicts_given_positionally_group_arguments_as_in_dash():
    """Several positional groupings: one argument each (a dict stays a dict); a single
    positional dict is the whole signature, so its keys are keyword arguments (Dash 4.4.1)."""
    app = App(__name__)
    app.layout = html.Div([html.Div(id="x", title="X"), html.Div(id="y", title="Y"),
                           html.Div(id="z", title="Z"), html.Div(id="o1"), html.Div(id="o2")])

    @app.callback(Output("o1", "children"), {"first": Input("x", "title"), "kept": State("y", "title")},
                  Input("z", "title"))
    def several(group, z):
        return f"{group} {z}"

    @app.callback(Output("o2", "children"), {"a": Input("x", "title"), "b": State("z", "title")})
    def single(a, b):
        return a + b

    spec = app.spec()
    assert [e["arg_names"] for e in spec["callbacks"]] == [
        [{"first": ["input", 0], "kept": ["state", 0]}, ["input", 1]],
        {"a": ["input", 0], "b": ["state", 0]},
    ]
    sched = Driver(spec["callbacks"], spec["layout"])
    sched.start()
    calls = {call.name: call for call in sched.next_calls()}
    assert calls["several"].args == [{"first": "X", "kept": "Y"}, "Z"] and not calls["several"].kwargs
    assert calls["several"].info.args_grouping[0]["kept"]["value"] == "Y"
    assert calls["single"].kwargs == {"a": "X", "b": "Z"} and not calls["single"].args
    outcome = execute(sched, calls["several"], several)
    assert outcome.updates[0]["value"] == "{'first': 'X', 'kept': 'Y'} Z"


def test_prevent_initial_callbacks_app_wide_and_unique_names():
    app = App(__name__, prevent_initial_callbacks=True)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="o"), html.Div(id="p")])

    @app.callback(Output("o", "children"), Input("b", "n_clicks"))
    def cb(n):
        return n

    @app.callback(Output("p", "children"), Input("b", "n_clicks"), prevent_initial_call=False)
    def cb(n):  # noqa: F811 - same name on purpose
        return n

    entries = app.spec()["callbacks"]
    assert [(e["name"], e["prevent_initial_call"]) for e in entries] == [("cb", True), ("cb#2", False)]


def test_unknown_dependency_is_a_clear_type_error():
    with pytest.raises(TypeError, match="Output, Input or State"):
        parse_callback_args(("not a dependency",), {})


def test_server_stand_in_and_run_server_exist():
    app = App(__name__, external_stylesheets=["https://example.invalid/x.css"])
    server = app.server
    assert server is not None and callable(app.run_server)


def test_build_subprocess_imports_dash_alias_without_running_main(tmp_path):
    app_file = tmp_path / "app.py"
    app_file.write_text(textwrap.dedent("""
        from dash import Dash, html, Input, Output, callback, no_update
        from dash.exceptions import PreventUpdate
        from dash.dependencies import State
        app = Dash(__name__)
        server = app.server
        app.layout = html.Div([html.Button("go", id="b"), html.Div(id="o")])

        @callback(Output("o", "children"), Input("b", "n_clicks"))
        def show(n):
            return str(n)

        if __name__ == "__main__":
            raise SystemExit("the main block must not run during a build")
    """))
    code = (
        "import json, sys; from pyclient.loader import load_app; "
        f"app, m = load_app({str(app_file)!r}); import dash; "
        "print(dash.Dash is type(app), json.dumps([c['name'] for c in app.spec()['callbacks']]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == 'True ["show"]'


def test_config_reads_and_writes_as_attributes():
    from pyclient import Dash

    app = Dash(__name__)
    assert app.config.suppress_callback_exceptions is False
    app.config.suppress_callback_exceptions = True
    assert app.suppress_callback_exceptions is True
    from pyclient import html

    app.layout = html.Div(id="a")
    assert app.spec()["config"]["suppress_callback_exceptions"] is True
    app.config["title"] = "Sales"
    assert app.title == "Sales" and app.config.title == "Sales"
    app.title = "Sales 2"
    assert app.config["title"] == "Sales 2"
    app.config.update({"update_title": None})
    assert app.config.update_title is None


def test_config_refuses_unknown_and_fixed_settings():
    import pytest

    from pyclient import Dash

    app = Dash(__name__, url_base_pathname="/app/")
    with pytest.raises(AttributeError, match="app.config has no setting 'colour'"):
        app.config.colour = "red"
    with pytest.raises(AttributeError, match="cannot change once the app exists"):
        app.config.url_base_pathname = "/other/"
    assert app.config.url_base_pathname == "/app/"


def test_an_own_flask_server_is_accepted(monkeypatch):
    from pyclient import Dash
    from pyclient.compat.managers import Flask

    server = Flask(__name__)
    app = Dash(__name__, server=server)

    @server.route("/health")
    def health():
        return "ok"

    @server.before_request
    def check():
        return None

    assert app.server is server and health() == "ok" and check() is None
    assert app.build_notes() == [(
        "server=: the app's own Flask server is not part of a pyclient site; its routes "
        "(/health) are not served.")]
