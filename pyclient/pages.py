"""Dash Pages: `Dash(use_pages=True)`, `register_page`, `page_registry`, `page_container`.

The app's `pages/` folder is imported when the app is created (and shipped with the build);
each page registers itself; one routing callback renders the page matching the URL into
`page_container`, so navigation with dcc.Link never reloads the page.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from .components import dcc, html

page_registry: OrderedDict[str, dict[str, Any]] = OrderedDict()
# The folder the site is served from: "/" at build time; in the browser the page's own folder,
# so a site hosted under /my-app/ routes /my-app/analytics to the page "/analytics".
ROOT = "/"


def set_root(root: str) -> None:
    global ROOT
    ROOT = "/" + root.strip("/") + "/" if root.strip("/") else "/"
    for entry in page_registry.values():  # registered earlier (a memory snapshot's import)
        entry["relative_path"] = get_relative_path(entry["path"])


def get_relative_path(path: str) -> str:
    """`dash.get_relative_path`: a page path as a link within the hosted site."""
    return ROOT.rstrip("/") + "/" + path.lstrip("/") if path.startswith("/") else path


def strip_relative_path(path: str | None) -> str | None:
    """`dash.strip_relative_path`: the page path without the site's folder or slashes."""
    if path is None:
        return None
    if ROOT != "/" and path.startswith(ROOT.rstrip("/")):
        path = path[len(ROOT.rstrip("/")):]
    return path.strip("/")

page_container = html.Div([
    dcc.Location(id="_pages_location", refresh="callback-nav"),
    html.Div(id="_pages_content", disable_n_clicks=True),
    dcc.Store(id="_pages_store"),
    html.Div(id="_pages_dummy", disable_n_clicks=True),
])


def _infer_path(module: str) -> str:
    last = module.split(".pages.")[-1] if ".pages." in module else module.split(".", 1)[-1]
    return "/" + last.replace("_", "-").replace(".", "/")


def register_page(module: str, path: str | None = None, path_template: str | None = None,
                  name: str | None = None, order: Any = None, title: str | None = None,
                  description: str | None = None, image: str | None = None,
                  image_url: str | None = None, redirect_from: list[str] | None = None,
                  layout: Any = None, **kwargs: Any) -> None:
    """Called from a page module: `dash.register_page(__name__, path="/")`."""
    last = module.split(".")[-1]
    page_registry[module] = {
        "module": module,
        "path": path if path is not None else _infer_path(module),
        "path_template": path_template,
        "name": name or last.replace("_", " ").title(),
        "order": order,
        "title": title or name or last.replace("_", " ").title(),
        "description": description or "",
        "image": image,
        "image_url": image_url,
        "redirect_from": list(redirect_from or []),
        "relative_path": get_relative_path(path if path is not None else _infer_path(module)),
        "layout": layout,
        **kwargs,
    }
    # Dash keeps the registry ordered by `order`, then by path with "/" first.
    items = sorted(page_registry.items(), key=lambda kv: (
        kv[1]["order"] is None, kv[1]["order"] if isinstance(kv[1]["order"], (int, float)) else 0,
        kv[1]["path"] != "/", kv[1]["module"]))
    page_registry.clear()
    page_registry.update(items)


def _template_match(template: str, pathname: str) -> dict[str, str] | None:
    pattern = "^" + re.sub(r"<([^>]+)>", r"(?P<\1>[^/]+)", template.rstrip("/") or "/") + "/?$"
    found = re.match(pattern, pathname)
    return found.groupdict() if found else None


def _page_layout(page: dict[str, Any], **params: Any) -> Any:
    layout = page["layout"]
    if layout is None:
        layout = getattr(sys.modules.get(page["module"]), "layout", None)
    return layout(**params) if callable(layout) else layout


def _page_title(page: dict[str, Any], **params: Any) -> Any:
    title = page.get("title")
    return title(**params) if callable(title) else title


def route_with_title(pathname: str | None, search: str | None) -> tuple[Any, Any]:
    """(the layout, the document title) for a URL: the matching page, a redirect target, or a
    404 page."""
    pathname = "/" + (strip_relative_path(pathname or "/") or "")
    query = dict(parse_qsl((search or "").lstrip("?")))
    for page in page_registry.values():
        if pathname.rstrip("/") == page["path"].rstrip("/") or pathname in page["redirect_from"]:
            return _page_layout(page, **query), _page_title(page, **query)
    for page in page_registry.values():
        if page["path_template"]:
            params = _template_match(page["path_template"], pathname)
            if params is not None:
                return _page_layout(page, **params, **query), _page_title(page, **params)
    for page in page_registry.values():
        if page["module"].split(".")[-1] == "not_found_404":
            return _page_layout(page), _page_title(page)
    return html.H1("404 - Page not found"), None


def route(pathname: str | None, search: str | None) -> Any:
    """The layout for a URL (see route_with_title)."""
    return route_with_title(pathname, search)[0]


def setup_pages(app: Any, pages_folder: str) -> None:
    """Import every module in the app's pages folder and register the routing callback."""
    from . import callback, clientside_callback
    from .dependencies import Input, Output, State

    main = sys.modules.get(app.name)
    base = Path(getattr(main, "__file__", "") or ".").resolve().parent
    folder = base / pages_folder
    if folder.is_dir():
        if str(base) not in sys.path:
            sys.path.insert(0, str(base))
        package = pages_folder.replace("/", ".").strip(".")
        for path in sorted(folder.rglob("*.py")):
            if path.name.startswith("_"):
                continue
            relative = path.relative_to(folder).with_suffix("")
            importlib.import_module(".".join([package, *relative.parts]))

    @callback(
        Output("_pages_content", "children"),
        Output("_pages_store", "data"),
        Input("_pages_location", "pathname"),
        State("_pages_location", "search"),
    )
    def render_page(pathname: str | None, search: str | None) -> Any:
        layout, title = route_with_title(pathname, search)
        return layout, {"title": title or app.title}

    # Each page's title becomes the document's, as Dash Pages does.
    clientside_callback(
        "(data) => { if (data && data.title) { document.title = data.title; }"
        " return window.dash_clientside.no_update; }",
        Output("_pages_dummy", "children"),
        Input("_pages_store", "data"),
    )
