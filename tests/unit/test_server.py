"""The server endpoint, driven the way the browser drives it: the real scheduler computes each
call, server calls go through HTTP (Starlette's TestClient), browser calls run locally."""

from __future__ import annotations

import contextlib
import json
import textwrap

import pytest

starlette = pytest.importorskip("starlette")
pytest.importorskip("pandas")
from starlette.testclient import TestClient

from pyclient import callbacks, context
from pyclient.remote_call import info_message
from pyclient.server import CALLBACK_PATH, create_app

from .drive import Driver

APP = '''
import json
import pandas as pd
from dash import Dash, html, dcc, Input, Output, State, callback, ctx, no_update, Patch, set_props
from dash.exceptions import PreventUpdate

df = pd.DataFrame({"city": ["Oslo", "Lima", "Oslo"], "temp": [3.5, 19.0, 4.5]})

app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(sorted(df.city.unique()), "Oslo", id="city"),
    html.Button("go", id="btn"),
    html.Div(id="mean"), html.Div(id="trig"), html.Div(id="echo"), html.Div(id="side"),
    dcc.Store(id="store", data={"items": [1]}), html.Div(id="nan"),
])


@callback(Output("mean", "children"), Input("city", "value"))
def mean(city):
    if city == "none":
        raise PreventUpdate
    if city == "boom":
        raise ValueError("no such city")
    return f"{df[df.city == city].temp.mean():.1f}"


@callback(Output("trig", "children"), Output("echo", "children"), Input("btn", "n_clicks"),
          State("mean", "children"))
def trig(n, mean_text):
    set_props("side", {"children": f"side {len(df)}"})
    return json.dumps([ctx.triggered, ctx.triggered_id, ctx.states]), no_update


@callback(Output("store", "data"), Input("mean", "children"), prevent_initial_call=True)
def grow(mean_text):
    patch = Patch()
    patch["items"].append(len(df))
    return patch


@callback(Output("nan", "children"), Input("btn", "n_clicks"))
def nan(n):
    return [float(df.temp.sum()), df.temp.iloc[0] if n else float("nan")]


@callback(Output("echo", "title"), Input("city", "value"))
def browser_side(city):
    return city.upper()
'''


@contextlib.contextmanager
def serving(folder, source: str, **options):
    """A TestClient on the app `source` written to folder/app.py (its own callback registry:
    the module-level @callback list is global, so each app gets a clean one)."""
    (folder / "app.py").write_text(textwrap.dedent(source), encoding="utf-8")
    saved = list(callbacks.GLOBAL_CALLBACKS)
    callbacks.GLOBAL_CALLBACKS.clear()
    try:
        asgi = create_app(folder / "app.py", chdir=False, **options)
        with TestClient(asgi, raise_server_exceptions=False) as client:
            client.state = asgi.state.callbacks
            yield client
    finally:
        callbacks.GLOBAL_CALLBACKS[:] = saved


@pytest.fixture
def server(tmp_path):
    with serving(tmp_path, APP) as client:
        yield client


def body_of(call) -> dict:
    """Exactly what pyclient.runtime sends for a server call."""
    return {"index": call.node.index, "name": call.name, "args": call.args,
            "kwargs": call.kwargs, "info": info_message(call.info)}


def drive(client, changes=None, scheduler=None):
    """Run every call to idle: server calls over HTTP, browser calls here. Returns
    (scheduler, [(name, response json)], [updates])."""
    state = client.state
    if scheduler is None:
        from pyclient.loader import load_app  # noqa: F401 - the app is loaded by the server

        layout = json.loads(json.dumps(state_layout(client)))
        scheduler = Driver(state.entries, layout)
        scheduler.start([])
    else:
        scheduler.changes(changes)
    log, updates = [], []
    while True:
        calls = scheduler.next_calls()
        if not calls:
            return scheduler, log, updates
        for call in calls:
            if call.node.entry["server"]:
                response = client.post(CALLBACK_PATH, json=body_of(call))
                result = response.json()
                log.append((call.name, response.status_code, result))
            else:
                token = context.activate(call.info)
                try:
                    value = state.definitions[call.node.index].func(*call.args, **call.kwargs)
                finally:
                    context.deactivate(token)
                result = {"status": "ok", "value": value, "side_updates": []}
                log.append((call.name, 200, result))
            if result["status"] == "ok":
                outcome = scheduler.finish(call, result["value"], result.get("side_updates") or [])
            elif result["status"] == "prevent":
                outcome = scheduler.prevent(call)
            else:
                outcome = scheduler.fail(call, result["message"])
            updates += outcome.updates or []


def state_layout(client):
    import app as module  # the server imported the app under its own name

    from pyclient.jsonify import to_json_value

    return to_json_value(module.app.resolved_layout(), "layout")


def test_placement_seen_by_the_server(server):
    assert server.state.server_callbacks == ["mean", "trig", "grow", "nan"]


def test_initial_calls_cross_sides_in_order(server):
    scheduler, log, _ = drive(server)
    by_name = {name: (status, result) for name, status, result in log}
    assert by_name["mean"] == (200, {"status": "ok", "value": "4.0", "side_updates": []})
    _, result = by_name["trig"]
    triggered, triggered_id, states = json.loads(result["value"][0])
    # The initial call's placeholder, exactly as a browser callback sees it.
    assert triggered == [{"prop_id": ".", "value": None}] and triggered_id is None
    assert states == {"mean.children": None}  # a State orders nothing: both start together
    assert result["value"][1] == {"_dash_no_update": "_dash_no_update"}
    assert result["side_updates"] == [["side", {"children": "side 3"}]]
    # NaN becomes null, as Dash's plotly encoder writes it; numpy floats become floats.
    assert by_name["nan"][1]["value"] == [27.0, None]
    # prevent_initial_call stops grow's initial call; mean's new text then triggers it.
    assert [n for n, _, _ in log].count("grow") == 1
    assert scheduler.layout.get("store", "data") == {"items": [1, 3]}
    assert by_name["browser_side"][1]["value"] == "OSLO"


def test_triggered_patch_prevent_and_errors(server):
    scheduler, _, _ = drive(server)
    _, log, _ = drive(server, [{"id": "city", "prop": "value", "value": "Lima"}], scheduler)
    names = [n for n, _, _ in log]
    assert names[:2] == ["mean", "browser_side"] and "grow" in names
    grow = next(r for n, _, r in log if n == "grow")
    assert grow["value"] == {"__dash_patch_update": True, "operations": [
        {"operation": "Append", "location": ["items"], "params": {"value": 3}}]}
    assert scheduler.layout.get("store", "data") == {"items": [1, 3, 3]}
    _, log, _ = drive(server, [{"id": "btn", "prop": "n_clicks", "value": 1}], scheduler)
    trig = next(r for n, _, r in log if n == "trig")
    assert json.loads(trig["value"][0])[:2] == [[{"prop_id": "btn.n_clicks", "value": 1}], "btn"]
    _, log, _ = drive(server, [{"id": "city", "prop": "value", "value": "none"}], scheduler)
    assert log[0][1:] == (200, {"status": "prevent", "side_updates": []})
    _, log, _ = drive(server, [{"id": "city", "prop": "value", "value": "boom"}], scheduler)
    assert log[0][1:] == (500, {"status": "error", "message": "ValueError: no such city",
                                "traceback": ""})


def test_debug_mode_sends_the_traceback(tmp_path):
    with serving(tmp_path, APP, debug=True) as client:
        scheduler, _, _ = drive(client)
        _, log, _ = drive(client, [{"id": "city", "prop": "value", "value": "boom"}], scheduler)
        trace = log[0][2]["traceback"]
        assert 'app.py", line' in trace and "ValueError: no such city" in trace
        assert "pyclient" not in trace  # only the author's frames


def valid_body(server):
    scheduler = Driver(server.state.entries, json.loads(json.dumps(state_layout(server))))
    scheduler.start([])
    call = next(c for c in scheduler.next_calls() if c.name == "mean")
    return body_of(call)


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        (lambda b: "{not json", 400, "not JSON"),
        (lambda b: [1, 2], 400, "must be a JSON object"),
        (lambda b: {**b, "extra": 1}, 400, "unexpected ['extra']"),
        (lambda b: {**b, "index": 99, "name": "x"}, 404, "no callback number 99"),
        (lambda b: {**b, "name": "trig"}, 404, "is not 'trig'"),
        (lambda b: {**b, "index": 4, "name": "browser_side"}, 403, "runs in the browser"),
        (lambda b: {**b, "args": ["Oslo", "extra"]}, 400, "takes 1 arguments, not 2"),
        (lambda b: {**b, "kwargs": {"city": "Oslo"}}, 400, "takes 1 arguments, not 2"),
        (lambda b: {**b, "info": {**b["info"], "inputs_list": [
            {"id": "secret-store", "property": "data", "value": 1}]}}, 400,
         "'secret-store'.data, which this callback does not declare"),
        (lambda b: {**b, "info": {**b["info"], "outputs_list": {
            "id": "store", "property": "data"}}}, 400, "does not declare"),
        (lambda b: {**b, "info": {**b["info"], "triggered": [
            {"prop_id": "btn.n_clicks", "value": 1}], "triggered_ids": ["btn"]}}, 400,
         "not one of the inputs"),
        (lambda b: {**b, "info": {**b["info"], "triggered": {}}}, 400, "must be lists"),
    ],
)
def test_bad_requests_are_refused(server, change, status, message):
    body = change(valid_body(server))
    content = body if isinstance(body, str) else json.dumps(body)
    response = server.post(CALLBACK_PATH, content=content,
                           headers={"content-type": "application/json"})
    assert response.status_code == status
    assert message in response.json()["error"]
    assert "Traceback" not in response.text


def test_the_valid_body_is_accepted(server):
    response = server.post(CALLBACK_PATH, json=valid_body(server))
    assert response.status_code == 200 and response.json()["value"] == "4.0"


def test_an_oversized_body_is_refused(server):
    body = valid_body(server)
    body["args"] = ["x" * (3 * 1024 * 1024)]
    response = server.post(CALLBACK_PATH, json=body)
    assert response.status_code == 413 and "larger than" in response.json()["error"]


def test_only_post_is_served(server):
    assert server.get(CALLBACK_PATH).status_code == 405


BACKGROUND_APP = '''
import time
import diskcache
import pandas as pd
from dash import Dash, DiskcacheManager, html, Input, Output, callback

app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache("./cache")))
frame = pd.DataFrame({"n": [1, 2, 3]})
app.layout = html.Div([html.Button(id="go"), html.Div(id="out"), html.Div(id="note")])


@callback(Output("out", "children"), Input("go", "n_clicks"), background=True,
          progress=[Output("note", "children")], interval=100, prevent_initial_call=True)
def job(set_progress, n):
    for step in frame.n:
        set_progress(f"step {step}")
    if n == 2:
        time.sleep(30)
    return f"sum {int(frame.n.sum())}"
'''


def test_background_jobs_on_the_server(tmp_path):
    import time

    with serving(tmp_path, BACKGROUND_APP) as client:
        scheduler = Driver(client.state.entries, json.loads(json.dumps(state_layout(client))))
        scheduler.start([])
        assert scheduler.next_calls() == []  # prevent_initial_call

        def start(clicks):
            scheduler.changes([{"id": "go", "prop": "n_clicks", "value": clicks}])
            call, = scheduler.next_calls()
            response = client.post(CALLBACK_PATH, json=body_of(call))
            assert response.status_code == 202
            return response.json()

        started = start(1)
        assert started["status"] == "running" and started["interval"] == 100
        job_url = f"/_pyclient/job/{started['job']}"
        deadline = time.monotonic() + 60
        while (response := client.get(job_url)).status_code == 202:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert response.json() == {"status": "ok", "value": "sum 6", "side_updates": [],
                                   "progress": {"seq": 3, "value": "step 3"}}
        assert client.get(job_url).status_code == 404  # a result is handed out once
        assert (tmp_path / "cache").is_dir()  # the app's own DiskcacheManager folder

        slow = start(2)
        slow_url = f"/_pyclient/job/{slow['job']}"
        assert client.delete(slow_url).json() == {"status": "cancelled"}
        assert client.get(slow_url).status_code == 404
        assert client.get("/_pyclient/job/0-" + "x" * 24).status_code == 404
        assert client.get("/_pyclient/job/../../etc").status_code == 404


ON_ERROR_APP = '''
import pandas as pd
from dash import Dash, html, Input, Output, callback, set_props

frame = pd.DataFrame({"n": [1]})
app = Dash(__name__, on_error=lambda err: f"handled: {err}")
app.layout = html.Div([html.Button(id="go"), html.Div(id="out"), html.Div(id="log")])


def quiet(err):
    set_props("log", {"children": f"quiet: {err}"})


@callback(Output("out", "children"), Input("go", "n_clicks"))
def loud(n):
    raise ValueError(f"no {len(frame)}")


@callback(Output("out", "title"), Input("go", "n_clicks"), on_error=quiet)
def silent(n):
    raise KeyError(len(frame))
'''


def test_on_error_runs_on_the_server(tmp_path):
    with serving(tmp_path, ON_ERROR_APP) as client:
        _, log, _ = drive(client)
        results = {name: (status, result) for name, status, result in log}
        assert results["loud"] == (200, {"status": "ok", "value": "handled: no 1",
                                         "side_updates": []})
        assert results["silent"] == (200, {
            "status": "ok", "value": {"_dash_no_update": "_dash_no_update"},
            "side_updates": [["log", {"children": "quiet: 1"}]]})
