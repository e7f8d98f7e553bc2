"""`pyclient build`: an app file becomes a static folder (see docs/protocol.md for its shape)."""

from __future__ import annotations

import atexit
import contextlib
import html as html_escape
import json
import os
import re
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bundles, compress, external, graph_picture, service_worker, snapshot
from .graph import Graph
from .layout import Layout
from .loader import load_app
from .placement import ModulePlan, PlacementError, callback_places, plan_app
from .publish import Selection, Shipped, select
from .requirements import (
    AUTO,
    DASH_PACKAGES,
    RequirementError,
    download_wheels,
    read_requirements,
    requirement_name,
    scan_imports,
)
from .scheduler import Scheduler

PACKAGE_DIR = Path(__file__).resolve().parent
APP_DIR_IN_BROWSER = "/home/pyodide/site/_pyclient_app"
PYODIDE_FILES = [
    "pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json",
]
WEB_FILES = ["main.js", "worker.js", "pyclient.css"]
TOOL_PACKAGES = {"testing", "_runtime"}  # never in the site either
SNAPSHOT_SCRIPT = "snapshot.mjs"  # run by the build under Node, never shipped
SERVICE_WORKER_SCRIPT = "sw.js"  # written as pyclient-sw.js next to index.html
START_SCRIPT = "start.js"  # inlined into index.html
# The rest of web/dist a build or a tool reads (graph.js ships in --debug builds only).
TOOL_WEB_FILES = [SNAPSHOT_SCRIPT, SERVICE_WORKER_SCRIPT, START_SCRIPT, graph_picture.PAGE_SCRIPT,
                  graph_picture.CLI_SCRIPT]


class BuildError(Exception):
    """The app cannot be built; the message says why and what to do."""


# The browser runtime inside an installed wheel (scripts/make_wheel.py), laid out as web/ is.
RUNTIME_DIR = PACKAGE_DIR / "_runtime"


def web_dir() -> Path:
    """Where the browser runtime is: $PYCLIENT_WEB_DIR, this checkout's web/, or the wheel's."""
    if "PYCLIENT_WEB_DIR" in os.environ:
        return Path(os.environ["PYCLIENT_WEB_DIR"])
    checkout = PACKAGE_DIR.parent / "web"
    return checkout if (checkout / "dist").is_dir() or not RUNTIME_DIR.is_dir() else RUNTIME_DIR


def _web_sources() -> tuple[Path, Path]:
    web = web_dir()
    dist, pyodide = web / "dist", web / "node_modules" / "pyodide"
    missing = [str(dist / f) for f in [*WEB_FILES, *TOOL_WEB_FILES] if not (dist / f).exists()]
    missing += [str(pyodide / f) for f in PYODIDE_FILES if not (pyodide / f).exists()]
    if missing:
        raise BuildError(
            "The browser runtime is not installed (missing " + ", ".join(missing[:3]) + "). "
            "Run `make install` in the pyclient checkout (npm ci + the esbuild bundle)."
        )
    return dist, pyodide


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists():
        dst.unlink()
    try:
        os.link(src, dst)  # Pyodide is ~14 MB: hard links keep many builds cheap
    except OSError:
        shutil.copyfile(src, dst)


def plan_modules(app_path: Path) -> dict[Path, ModulePlan]:
    """Browser/server split of every module of the app (see placement.py)."""
    try:
        return plan_app(app_path)
    except PlacementError as err:
        raise BuildError(str(err)) from None


def _browser_sources(selection: Selection, plans: dict[Path, ModulePlan]) -> dict[Path, str]:
    """The browser's copy of every module the site ships."""
    return {
        f.path: plans[f.path.resolve()].browser_source if f.path.resolve() in plans
        else f.path.read_text(encoding="utf-8")
        for f in selection.files if f.path.suffix == ".py"
    }


# pyclient's tools: they run where the site is built or served, never in the browser, and
# nothing the browser runs imports them (tests/unit/test_layers.py), so they do not ship.
TOOL_MODULES = {
    "__main__.py", "app_files.py", "build.py", "bundles.py", "dev.py", "gallery.py", "cache.py", "cli.py", "compress.py", "external.py", "jobs.py",
    "loader.py", "placement.py", "publish.py", "request_check.py", "requirements.py", "serve.py",
    "server.py", "service_worker.py", "snapshot.py", "graph_picture.py", "r_app.py",
}


def _write_bundle(selection: Selection, plans: dict[Path, ModulePlan], target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted([*PACKAGE_DIR.rglob("*.py"), PACKAGE_DIR / "protocol.json"]):
            tool = (path.parent == PACKAGE_DIR and path.name in TOOL_MODULES) or \
                path.relative_to(PACKAGE_DIR).parts[0] in TOOL_PACKAGES
            if "__pycache__" not in path.parts and not tool:
                _add(bundle, "pyclient/" + path.relative_to(PACKAGE_DIR).as_posix(), path.read_bytes())
        folders = set()
        for shipped in selection.files:
            plan = plans.get(shipped.path.resolve())
            name = "_pyclient_app/" + shipped.relative
            if plan is not None and plan.changed:
                _add(bundle, name, plan.browser_source.encode())
            else:
                _add(bundle, name, shipped.path.read_bytes())
            folders.update(Path(shipped.relative).parents)
        for folder in sorted(selection.folders - folders):
            # Empty folders too: apps write files into them (uploads, exports).
            _add(bundle, "_pyclient_app/" + folder.as_posix() + "/", b"")


def _add(bundle: zipfile.ZipFile, name: str, data: bytes) -> None:
    """One entry with a fixed date: the same files give the same app.zip, byte for byte, so an
    unchanged app (a save that changed nothing, a test's freshly written copy) finds its
    snapshot in the cache, which is keyed by the bundle's bytes."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_STORED if name.endswith("/") else zipfile.ZIP_DEFLATED
    entry.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o644 << 16
    bundle.writestr(entry, data)


def _ship_plotly_js(sources: dict[Path, str], spec: dict[str, Any], out_dir: Path) -> None:
    """Copy plotly.js (~4.8 MB) into the site only for apps with a dcc.Graph: one in the layout,
    or "Graph" named in a shipped .py file (a callback may insert one). main.js loads it when
    the first Graph renders, so other pages never download it."""
    target = out_dir / "_pyclient" / "plotly.min.js"
    if '"type": "Graph"' not in json.dumps(spec["layout"]) and not any(
        "Graph" in text for text in sources.values()
    ):
        return
    plotly = web_dir() / "node_modules" / "plotly.js-dist-min" / "plotly.min.js"
    if not plotly.exists():
        raise BuildError(
            f"The app uses dcc.Graph but plotly.js is not installed (missing {plotly}). "
            "Run `make install` in the pyclient checkout (npm ci)."
        )
    _link_or_copy(plotly, target)


def _external(urls: list[Any], kind: str, out_dir: Path, notes: list[str]) -> list[str]:
    """Vendor external stylesheets/scripts into the site; say which ones could not be."""
    local = []
    for item in urls:
        url = item.get("href") or item.get("src") if isinstance(item, dict) else item
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            if isinstance(url, str):
                local.append(url)
            continue
        name = f"external/{len(local)}-{Path(url.split('?')[0]).name or 'file'}"
        if not name.endswith((".css", ".js")):
            name += ".css" if kind == "css" else ".js"
        try:
            data = external.fetch(url)
        except Exception:  # noqa: BLE001 - any failure means "left out"
            notes.append(
                f"Left out the external {kind} {url}: it could not be downloaded at build time "
                f"and the site loads nothing from other origins. Save it into the app's assets/ "
                f"folder to use it."
            )
            continue
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_bytes(data)
        local.append(name)
    return local


def spec_script(spec: dict[str, Any]) -> str:
    """The spec as JSON inside the page. Every "<" as \\u003c: "<!--" and "<script" inside a
    script element change how the HTML parser looks for its end (the rest of the page would
    become script text)."""
    spec_json = json.dumps(spec, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="pyclient-spec">{spec_json}</script>'


def worker_script(worker: dict[str, Any], dist: Path) -> str:
    """The page's first script (web/src/start.js, inlined): it starts the worker, so Python
    loads while the page's other scripts download and run; main.js takes it over."""
    options = json.dumps(worker, ensure_ascii=False).replace("<", "\\u003c")
    script = (dist / START_SCRIPT).read_text(encoding="utf-8").strip().replace("</", "<\\/")
    return (f'<script id="pyclient-start" type="application/json">{options}</script>\n'
            f"<script>{script}</script>")


def _index_html(spec: dict[str, Any], css: list[str], js: list[str],
                components: bundles.Shipped, build_version: str | None, dist: Path) -> str:
    links = "".join(f'<link rel="stylesheet" href="{html_escape.escape(h)}">'
                    for h in [*components.stylesheets, *css])
    scripts = "".join(f'<script src="{html_escape.escape(s)}"></script>' for s in js)
    # main.js runs after React and before the libraries: it installs the component API that
    # some bundles read while they load, and mounts the layout once the document is parsed.
    runtime = "".join(f'<script src="{html_escape.escape(s)}"></script>'
                      for s in [*components.react, "_pyclient/main.js", *components.scripts])
    build_attribute = f' data-pyclient-build="{build_version}"' if build_version else ""
    return (
        '<!doctype html>\n'
        f'<html lang="en" data-pyclient="loading"{build_attribute}>\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'  # no favicon request, no 404 in the console
        f"{worker_script(spec['worker'], dist)}\n"
        f"<title>{html_escape.escape(spec['title'])}</title>\n"
        '<link rel="stylesheet" href="_pyclient/pyclient.css">\n'
        f"{links}\n</head>\n<body>\n"
        # Shown until the layout mounts (React replaces it), as Dash shows its own.
        '<div id="react-entry-point"><div class="_dash-loading">Loading...</div></div>\n'
        f"{spec_script(spec)}\n"
        f'{runtime}\n{scripts}\n'
        "</body>\n</html>\n"
    )


# Requirement names whose module is named otherwise (the rest: lower case, "-" -> "_").
IMPORT_NAMES = {"pyyaml": "yaml", "beautifulsoup4": "bs4", "scikit-learn": "sklearn",
                "pillow": "PIL", "python-dateutil": "dateutil", "attrs": "attr"}


def _import_name(requirement: str) -> str:
    name = requirement_name(requirement)
    return IMPORT_NAMES.get(name, name.replace("-", "_").replace(".", "_"))


def _requirements(
    app_path: Path, out_dir: Path, requirement: str | None, sources: dict[Path, str],
    notes: list[str],
) -> list[str]:
    """Check the browser's imports and ship the wheels of the requirements browser code imports
    (pip adds their dependencies); returns their site paths. The rest is the server's."""
    imported, problems = scan_imports(sources, app_path.parent)
    if problems:
        raise BuildError("\n".join(problems))
    listed: list[str] = []
    left: list[str] = []
    req_file = Path(requirement) if requirement else app_path.parent / "requirements.txt"
    if requirement and not req_file.is_file():
        raise BuildError(f"No requirements file at {req_file}.")
    if req_file.is_file():
        wanted = {m.lower() for m in imported} - {"dash", "pyclient", "diskcache", "celery"}
        for line in read_requirements(req_file):
            if requirement_name(line) in DASH_PACKAGES | {"pyclient"}:
                continue  # pyclient is the browser's dash
            (listed if _import_name(line).lower() in wanted else left).append(line)
        if left:
            notes.append(f"not shipped to the browser (no browser code imports them; the server "
                         f"has them): {', '.join(left)}")
    names = {requirement_name(r) for r in listed}
    for module, packages in AUTO.items():
        if module in imported:
            listed += [p for p in packages if p not in names]
    wheels = download_wheels(listed, out_dir / "_pyclient" / "wheels")
    # The build imports the app with these wheels even when they are not installed where
    # pyclient runs. Unpacked, not zip-imported: some packages open their own files
    # (dash-ag-grid reads package-info.json).
    unpacked = Path(tempfile.mkdtemp(prefix="pyclient-wheels-"))
    atexit.register(shutil.rmtree, unpacked, ignore_errors=True)
    for wheel in wheels:
        with zipfile.ZipFile(out_dir / "_pyclient" / "wheels" / wheel) as archive:
            archive.extractall(unpacked)
    if wheels:
        sys.path.append(str(unpacked))
    return [f"wheels/{w}" for w in wheels]


def _other_layout_ids(app: Any) -> set[str]:
    """Ids that exist only later: every Dash Pages page's layout, and app.validation_layout."""
    from .jsonify import to_json_value
    from .pages import _page_layout, page_registry

    layouts = [getattr(app, "validation_layout", None)]
    for page in page_registry.values():
        try:
            layouts.append(_page_layout(page))
        except Exception:  # noqa: BLE001 - a layout that needs URL values is checked at run time
            continue
    ids: set[str] = set()
    for layout in layouts:
        if layout is not None:
            ids |= set(Layout(to_json_value(layout, "a page layout")).by_id)
    return ids


def place_callbacks(app: Any, spec: dict[str, Any], plans: dict[Path, ModulePlan],
                    notes: list[str]) -> None:
    """Mark server callbacks in the spec; one line per callback says where it runs and why."""
    if any(p.layout_removed for p in plans.values()) and spec.get("layout_is_function"):
        # The browser cannot call it: each load asks the server (GET _pyclient/layout).
        spec["layout_is_function"] = False
        spec["layout_from_server"] = True
        notes.append("the layout function needs the server's data: each page load gets it "
                     "from the server, as Dash calls it per request.")
    places = callback_places(plans, app.all_callbacks())
    if not any(places):
        return
    for entry, place in zip(spec["callbacks"], places):
        entry["server"] = place is not None
        where = f"on the server: {place}" if place else "in the browser"
        notes.append(f'callback "{entry["name"]}" runs {where}')


def _pages_folder(app_path: Path) -> str | None:
    """The Dash Pages folder the app uses (its modules are imported by Dash, not by the app)."""
    source = app_path.read_text(encoding="utf-8", errors="replace")
    named = re.search(r"pages_folder\s*=\s*[\"']([^\"']+)", source)
    if named:
        return named.group(1)
    return "pages" if re.search(r"use_pages\s*=\s*True", source) else None


def _app_name(app: Any, module: Any, app_path: Path) -> str:
    """The module-level name of the app instance, which the browser looks up the same way."""
    from .app import App

    names = [k for k, v in vars(module).items() if isinstance(v, App)]
    if len({id(vars(module)[k]) for k in names}) > 1:
        raise BuildError(
            f"{app_path.name} defines {len(names)} Dash apps ({', '.join(names)}): keep one "
            "`Dash(...)` instance per app file."
        )
    return next((k for k in names if vars(module)[k] is app), "app")


@dataclass
class Options:
    """What `pyclient build` was asked for, beyond the app and the output folder."""

    requirement: str | None = None
    server_url: str | None = None  # where the server runs, when not at the site's own origin
    server_timeout: float = 120.0
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    list_files: bool = False
    strict: bool = False  # ids missing from the layout stop the build
    snapshot: bool = True  # import the app at build time (Node), restored by every visit
    compress: bool = True  # .br/.gz copies of the large files
    service_worker: bool = True  # keep the build's files in the browser after one visit
    debug: bool = False  # callback errors with tracebacks in the page (for the author only)
    live_reload: bool = False  # the page reloads when _pyclient/dev.json changes (pyclient dev)


def build(app_file: str | os.PathLike[str], out: str | os.PathLike[str],
          options: Options | None = None) -> list[str]:
    """Build the site into a fresh folder, then swap it in: a failing build leaves `out` as it
    was. Returns notes for the person (what ships, placements, ignored options)."""
    out_dir = Path(out).resolve()
    staging = out_dir.parent / f".{out_dir.name}.pyclient-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        notes = _build_into(Path(app_file).resolve(), staging, options or Options())
        old = out_dir.parent / f".{out_dir.name}.pyclient-old-{os.getpid()}"
        if out_dir.exists():
            out_dir.rename(old)
        staging.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return notes


def _build_into(app_path: Path, out_dir: Path, options: Options) -> list[str]:
    if not app_path.is_file():
        raise BuildError(f"No app file at {app_path}.")
    dist, pyodide = _web_sources()
    if app_path.suffix == ".R":
        return _build_r_app(app_path, out_dir, options, dist, pyodide)
    plans = plan_modules(app_path)
    selection = select(app_path, out_dir, plans, include=options.include,
                       exclude=options.exclude, pages_folder=_pages_folder(app_path))
    sources = _browser_sources(selection, plans)
    early_notes: list[str] = []
    try:
        wheels = _requirements(app_path, out_dir, options.requirement, sources, early_notes)
    except RequirementError as err:
        raise BuildError(str(err)) from None
    app, module = load_app(app_path)
    if (app.config.assets_folder, app.config.assets_ignore) != ("assets", ""):
        selection = select(app_path, out_dir, plans, include=options.include,
                           exclude=options.exclude, pages_folder=_pages_folder(app_path),
                           assets_folder=app.config.assets_folder,
                           assets_ignore=app.config.assets_ignore)
    with contextlib.chdir(app_path.parent):  # layout functions open files next to the app
        spec = app.spec()
        layout_ids = set(Layout(spec["layout"]).by_id) | _other_layout_ids(app)
    placements: list[str] = []
    place_callbacks(app, spec, plans, placements)
    server_jobs = any(e["server"] and e["background"] for e in spec["callbacks"])
    notes = [*selection.manifest(full=options.list_files), *app.build_notes(server_jobs),
             *early_notes, *placements]
    notes += _validate(spec, layout_ids, options, app.suppress_callback_exceptions)
    _prepare_spec(spec, options, {
        "app_module": app_path.stem,
        "app_name": _app_name(app, module, app_path),
        "wheels": wheels,
    })
    _copy_runtime(out_dir, dist, pyodide, spec, options)
    _write_bundle(selection, plans, out_dir / "_pyclient" / "app.zip")
    if options.snapshot:
        from .pages import page_registry

        notes.append(_snapshot(out_dir, dist, spec, import_app=not page_registry))
    _count_download(out_dir, spec)
    _ship_plotly_js(sources, spec, out_dir)
    css = _external(app.external_stylesheets, "css", out_dir, notes)
    js = _external(app.external_scripts, "js", out_dir, notes)
    # Assets are served at assets_url_path ("assets"), from assets_folder, as Dash serves them.
    folder = Path(app.config.assets_folder).as_posix().strip("/") or "assets"
    url_path = str(app.config.assets_url_path or "assets").strip("/") or "assets"
    assets = sorted((f for f in selection.files if f.why == "assets/"), key=lambda f: f.relative)
    served = [f"{url_path}/{f.relative[len(folder) + 1:]}" for f in assets]
    for shipped, url in zip(assets, served):  # only what the selection allows: no secrets
        (out_dir / url).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped.path, out_dir / url)
    css += [url for url in served if url.endswith(".css")]
    js += [url for url in served if url.endswith(".js")]
    uses = bundles.namespaces_of(spec["layout"])
    if any("dash_table" in text or "DataTable" in text for text in sources.values()):
        uses.add("dash_table")  # a callback may insert a table
    return notes + _finish_site(spec, out_dir, options, dist, uses, css, js)


def _build_r_app(app_path: Path, out_dir: Path, options: Options, dist: Path,
                 pyodide: Path) -> list[str]:
    """A Dash for R app (r_app.py): its callbacks run in webR, the scheduler in Pyodide."""
    from . import r_app

    unsupported = [name for name, value in (("--requirement", options.requirement),
                                            ("--server-url", options.server_url),
                                            ("--include", options.include),
                                            ("--exclude", options.exclude)) if value]
    if unsupported:
        raise BuildError(f"{', '.join(unsupported)}: not supported for R apps, which have no "
                         "server and ship only app.R. Build without them.")
    try:
        spec = r_app.spec_of(app_path, web_dir())
    except r_app.RAppError as err:
        raise BuildError(f"{app_path.name}: {err}") from None
    notes = [(f"an R app: its callbacks run in webR ({len(spec['callbacks'])} callbacks), "
              "the order of calls comes from pyclient's scheduler in Pyodide")]
    notes += _validate(spec, set(Layout(spec["layout"]).by_id), options, False)
    _prepare_spec(spec, options, {"app_module": None, "app_name": None, "wheels": []})
    _copy_runtime(out_dir, dist, pyodide, spec, options)
    r_app.write_files(app_path, web_dir(), out_dir)
    # pyclient alone (the scheduler), and app.R so that the app's folder exists there too.
    _write_bundle(Selection([Shipped(app_path, "app.R", "the app")], set(), []), {},
                  out_dir / "_pyclient" / "app.zip")
    if options.snapshot:
        notes.append(_snapshot(out_dir, dist, spec, import_app=False))
    _count_download(out_dir, spec)
    return notes + _finish_site(spec, out_dir, options, dist, bundles.namespaces_of(spec["layout"]), [], [])


def _validate(spec: dict[str, Any], layout_ids: set[str], options: Options,
              suppress: bool) -> list[str]:
    graph = Graph(spec["callbacks"])
    if options.strict:
        graph.validate(layout_ids, suppress)
        return []
    # As Dash with debug off: duplicates and cycles stop the build; an id that is not in
    # the layout may come later (another callback creates it), so it is a warning.
    graph.validate(layout_ids, suppress=True)
    return [] if suppress else [f"warning: {problem}" for problem in graph.missing_problems(layout_ids)]


def _prepare_spec(spec: dict[str, Any], options: Options, app_worker: dict[str, Any]) -> None:
    """What every site's spec holds beyond the app's own: debug, reload, the worker's options."""
    # As Dash: the error overlay (and its tracebacks) only for the author, in debug mode.
    spec["config"]["debug"] = options.debug
    spec["config"]["live_reload"] = "_pyclient/dev.json" if options.live_reload else None
    # What the page shows as loading while Python starts (the scheduler's expectation).
    spec["initial_running"] = [{"id": i, "prop": p} for i, p in Scheduler(
        spec["callbacks"], spec["layout"]).expected_outputs()]
    spec["worker"] = {
        "app_dir": APP_DIR_IN_BROWSER,
        **app_worker,
        "load_timeout_ms": 120000,
        "server_url": options.server_url or "",
        "server_timeout_ms": int(options.server_timeout * 1000),
    }


def _copy_runtime(out_dir: Path, dist: Path, pyodide: Path, spec: dict[str, Any],
                  options: Options) -> None:
    """The JS runtime and Pyodide; in --debug, the overlay's "Callback graph" too."""
    (out_dir / "_pyclient").mkdir(parents=True, exist_ok=True)
    for name in WEB_FILES:
        shutil.copyfile(dist / name, out_dir / "_pyclient" / name)
    for name in PYODIDE_FILES:
        _link_or_copy(pyodide / name, out_dir / "_pyclient" / "pyodide" / name)
    if options.debug:  # graph_picture.py: for the author only
        shutil.copyfile(dist / graph_picture.PAGE_SCRIPT, out_dir / "_pyclient" / graph_picture.PAGE_SCRIPT)
        (out_dir / "_pyclient" / graph_picture.DESCRIPTION_FILE).write_text(
            json.dumps(graph_picture.describe(spec), ensure_ascii=False), encoding="utf-8")


def _snapshot(out_dir: Path, dist: Path, spec: dict[str, Any], import_app: bool) -> str:
    made, note = snapshot.make(out_dir, dist / SNAPSHOT_SCRIPT, spec["worker"],
                               spec["worker"]["wheels"], import_app=import_app)
    if made:
        spec["worker"]["snapshot"] = snapshot.SNAPSHOT_FILE
    return note


def _count_download(out_dir: Path, spec: dict[str, Any]) -> None:
    """What the worker downloads before Python runs, for the page's progress bar."""
    fetched = ["pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip", "pyodide/pyodide-lock.json",
               "app.zip", *spec["worker"]["wheels"],
               *([snapshot.SNAPSHOT_FILE] if "snapshot" in spec["worker"] else [])]
    spec["worker"]["download_bytes"] = sum((out_dir / "_pyclient" / f).stat().st_size for f in fetched)


def _finish_site(spec: dict[str, Any], out_dir: Path, options: Options, dist: Path,
                 uses: set[str], css: list[str], js: list[str]) -> list[str]:
    """The component bundles, index.html (and one per Dash Pages path), the service worker
    and the compressed copies."""
    notes = []
    try:
        components = bundles.ship(web_dir(), out_dir, uses)
    except bundles.BundleError as err:
        raise BuildError(str(err)) from None
    if options.service_worker:
        spec["worker"]["service_worker"] = service_worker.FILE_NAME
    # The service worker tells builds apart by this hash of every file; without one it would
    # cost a read of the whole site (34 MB) for nothing.
    build_version = service_worker.version(out_dir, spec) if options.service_worker else None
    page = _index_html(spec, css, js, components, build_version, dist)
    (out_dir / "index.html").write_text(page, encoding="utf-8")
    _write_page_entries(page, out_dir)
    if options.service_worker:
        service_worker.write(out_dir, dist / SERVICE_WORKER_SCRIPT, build_version)
    if options.compress:
        raw, packed = compress.compress_site(out_dir)
        notes.append(f"compressed copies (.br, .gz) of the large files: {raw / 1e6:.1f} MB "
                     f"-> {packed / 1e6:.1f} MB with brotli, for servers that send them")
    return notes


def _write_page_entries(page: str, out_dir: Path) -> None:
    """A static host has no fallback to index.html: each Dash Pages path gets its own copy,
    so a deep link or a reload on /analytics works (relative URLs point back to the root)."""
    from .pages import page_registry

    for entry in page_registry.values():
        parts = [p for p in entry["path"].split("/") if p]
        if not parts or any(not re.fullmatch(r"[\w.-]+", p) or p.startswith(".") for p in parts):
            continue
        target = out_dir.joinpath(*parts) / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        base = "../" * len(parts)
        target.write_text(page.replace("<head>\n", f'<head>\n<base href="{base}">\n', 1), encoding="utf-8")


def main_build(app_file: str, out: str, options: Options | None = None) -> int:
    from .exceptions import CallbackException
    from .loader import AppLoadError

    try:
        notes = build(app_file, out, options)
    except (BuildError, CallbackException, AppLoadError) as err:
        kept = f"{out} was left as it was." if Path(out).exists() else f"{out} was not written."
        print(f"pyclient build failed for {app_file}:\n\n{err}\n\n{kept}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"built {app_file} -> {out}")
    return 0
