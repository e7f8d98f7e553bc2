"""`pyclient graph app.py --out graph.svg`: the callback graph as a picture.

The description (components with the props callbacks use, callbacks with where each runs) is
made here from the build's spec; web/dist/graph_cli.mjs lays it out with elkjs under Node and
draws the SVG. A --debug build ships the same description and drawing code, so the page's
"Callback graph" button shows the picture with the last chain that ran and its times.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from .layout import Layout
from .patterns import WILDCARD_MARKS, parse

CLI_SCRIPT = "graph_cli.mjs"  # run under Node by `pyclient graph`, never shipped
PAGE_SCRIPT = "graph.js"  # the drawing code for the page's debug overlay (debug builds only)
DESCRIPTION_FILE = "graph.json"


# As the app's code names them (`html.Div`, `dcc.Graph`); other libraries by their own name.
SHORT_NAMESPACES = {"dash_html_components": "html", "dash_core_components": "dcc"}


class GraphPictureError(Exception):
    pass


def where_it_runs(entry: dict[str, Any]) -> str:
    if entry.get("r"):  # an R app's callback (r_app.py)
        return "webR"
    if entry.get("clientside") is not None:
        return "clientside"
    if entry.get("server"):
        return "server, background" if entry.get("background") else "server"
    return "background" if entry.get("background") else "browser"


def id_label(id_str: str) -> str:
    """`{"index":ALL,"type":"item"}`: a wildcard as the app's code writes it, not its marker."""
    parsed = parse(id_str)
    if not isinstance(parsed, dict):
        return id_str
    parts = [f"{json.dumps(k, ensure_ascii=False)}:"
             f"{v.strip('[]') if v in WILDCARD_MARKS else json.dumps(v, ensure_ascii=False)}"
             for k, v in parsed.items()]
    return "{" + ",".join(parts) + "}"


def describe(spec: dict[str, Any]) -> dict[str, Any]:
    """What the picture shows, in the spec's callback order (callback i is spec callback i)."""
    by_id = Layout(spec["layout"]).by_id
    components: dict[str, dict[str, Any]] = {}

    def prop(dep: dict[str, Any]) -> dict[str, str]:
        cid, name = dep["id"], dep["property"]
        found = by_id.get(cid)
        component = components.setdefault(cid, {
            "id": cid, "label": id_label(cid), "props": [],
            "type": f"{SHORT_NAMESPACES.get(found['namespace'], found['namespace'])}.{found['type']}"
                    if found else "",
        })
        if name not in component["props"]:
            component["props"].append(name)
        return {"id": cid, "prop": name}

    callbacks = [{
        "index": entry["index"],
        "name": entry["name"],
        "runs": where_it_runs(entry),
        "memoize": bool(entry.get("memoize")),
        "inputs": [prop(d) for d in entry["inputs"]],
        "states": [prop(d) for d in entry["state"]],
        "outputs": [prop(d) for d in entry["outputs"]],
    } for entry in spec["callbacks"]]
    return {"title": spec.get("title") or "", "components": list(components.values()),
            "callbacks": callbacks}


def draw(description: dict[str, Any], script: Path) -> str:
    """The SVG text, laid out by elkjs under Node."""
    node = shutil.which("node")
    if node is None:
        raise GraphPictureError("pyclient graph lays the picture out with elkjs, which needs "
                                "Node.js: install Node 18 or newer, then run it again.")
    result = subprocess.run([node, str(script)], input=json.dumps(description), text=True,
                            capture_output=True, timeout=120, check=False)
    if result.returncode != 0 or not result.stdout.startswith("<svg"):
        raise GraphPictureError(f"elkjs could not lay out the graph: {result.stderr.strip()}")
    return result.stdout


def app_description(app_path: Path) -> dict[str, Any]:
    """Load the app as the build does (with its placement of server callbacks) and describe it."""
    from .build import place_callbacks, plan_modules, web_dir
    from .loader import load_app

    if app_path.suffix == ".R":
        from .r_app import spec_of

        return describe(spec_of(app_path, web_dir()))

    plans = plan_modules(app_path)
    app, _module = load_app(app_path)
    with contextlib.chdir(app_path.parent):  # layout functions open files next to the app
        spec = app.spec()
    place_callbacks(app, spec, plans, [])
    return describe(spec)


def main_graph(app_file: str, out: str) -> int:
    from .build import BuildError, web_dir
    from .exceptions import CallbackException
    from .loader import AppLoadError
    from .r_app import RAppError

    app_path = Path(app_file).resolve()
    try:
        if not app_path.is_file():
            raise GraphPictureError(f"No app file at {app_path}.")
        description = app_description(app_path)
        svg = draw(description, web_dir() / "dist" / CLI_SCRIPT)
    except (GraphPictureError, BuildError, CallbackException, AppLoadError, RAppError) as err:
        print(f"pyclient graph failed for {app_file}:\n\n{err}", file=sys.stderr)
        return 1
    Path(out).write_text(svg, encoding="utf-8")
    print(f"drew {len(description['callbacks'])} callbacks and "
          f"{len(description['components'])} components of {app_file} -> {out}")
    return 0
