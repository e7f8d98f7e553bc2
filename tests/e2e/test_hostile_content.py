"""Hostile content in a layout: random strings (HTML, <script>, javascript: URLs in any case and
with control characters, unicode, 100k characters, deep nesting) in every text prop, id, style
and URL. Neither the page's HTML (the spec inside it) nor the live DOM may hold an element or
attribute the layout did not ask for, and no script may run."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyclient.build import spec_script
from pyclient.components import html
from pyclient.jsonify import NotJSONError, to_json_value

pytestmark = pytest.mark.pyclient_only

PWN = "window.__pwned=1"
NASTY = [
    f"<script>{PWN}</script>", f'<img src=x onerror="{PWN}">', f"javascript:{PWN}",
    f"JaVaScRiPt:{PWN}", f"\x01java\tscript:{PWN}", f" \njavascript:{PWN}",
    f'"><svg onload="{PWN}">', f"</div><script>{PWN}</script>", f"' onmouseover='{PWN}",
    "<!--", "]]>", "&lt;b&gt;", "\u202e\u0000\ufeff", "{{7*7}}", "\\u003cscript\\u003e",
    f"</textarea><script>{PWN}</script>", f"url(javascript:{PWN})", "x" * 100_000,
]
TEXT = st.one_of(st.sampled_from(NASTY), st.text(max_size=40),
                 st.text(alphabet="<>\"'&=/:; \x00\x01\t\njavascript", max_size=30))
TAGS = ["Div", "Span", "P", "H1", "Button", "Label", "Pre", "Code", "Section", "A", "Img", "Li"]
URL_PROPS = {"A": "href", "Img": "src"}
VOID = {"Img"}
# Where a javascript: URL would run, so it must not reach the DOM (Dash writes about:blank);
# an <img src="javascript:..."> never runs, and Dash leaves it as written.
RUNS_URLS = {("a", "href"), ("area", "href"), ("iframe", "src"), ("embed", "src"),
             ("button", "formaction"), ("form", "action"), ("object", "data")}
ATTRIBUTES = {"id", "title", "class", "style", "href", "src", "data-note", "aria-label"}


@st.composite
def components(draw, children):
    tag = draw(st.sampled_from(TAGS))
    # A void element with children is an error in React (and so in Dash): not asked here.
    props = {} if tag in VOID else {"children": draw(st.lists(children, max_size=3))}
    for name in ("id", "title", "className", "data-note", "aria-label"):
        if draw(st.booleans()):
            props[name] = draw(TEXT)
    if draw(st.booleans()):
        props["style"] = {draw(st.sampled_from(["color", "background-image", "fontFamily"])):
                          draw(TEXT)}
    if tag in URL_PROPS:
        props[URL_PROPS[tag]] = draw(TEXT)
    return getattr(html, tag)(**props)


LAYOUTS = st.recursive(TEXT, lambda children: components(children), max_leaves=25).map(
    lambda node: html.Div([node], id="fuzz-root"))


def deep(levels: int):
    node = html.Span(NASTY[0])
    for i in range(levels):
        node = html.Div([node, NASTY[i % len(NASTY)][:200]], title=NASTY[(i + 3) % len(NASTY)])
    return html.Div([node], id="fuzz-root")


def asked_tags(node) -> set[str]:
    if isinstance(node, dict):
        found = {node["type"].lower()} if "type" in node else set()
        for value in node.get("props", {}).values():
            found |= asked_tags(value)
        return found
    if isinstance(node, list):
        return set().union(*(asked_tags(n) for n in node)) if node else set()
    return set()


def unsafe_url(value: str) -> bool:
    return re.sub(r"[\x00-\x20\x7f-\x9f]", "", value).lower().startswith("javascript:")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))


def check_markup(layout_json) -> None:
    """The layout travels inside the page as JSON: whatever its strings hold, parsing the
    page finds no element but the script that carries it."""
    parser = _Elements()
    parser.feed(f"<div id='react-entry-point'></div>{spec_script({'layout': layout_json})}"
                "<div id='after'></div>")
    parser.close()
    assert [tag for tag, _ in parser.elements] == ["div", "script", "div"]
    assert parser.elements[-1][1] == [("id", "after")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.data_too_large])
@given(LAYOUTS)
def test_page_html_holds_only_the_spec(layout):
    check_markup(to_json_value(layout, "fuzz layout"))


def test_deep_nesting_travels():
    check_markup(to_json_value(deep(150), "deep layout"))
    with pytest.raises(NotJSONError, match="nested too deeply"):
        to_json_value(deep(1000), "deep layout")


# ---------------------------------------------------------------- the live DOM in Chromium

DOM_CHECK = """
() => {
  const root = document.getElementById("react-entry-point");
  return {
    pwned: window.__pwned === 1,
    elements: [...root.querySelectorAll("*")].map((el) => ({
      tag: el.tagName.toLowerCase(),
      attrs: [...el.attributes].map((a) => [a.name, a.value]),
    })),
  };
}
"""


@pytest.fixture(scope="module")
def fuzz_site(site_root):
    """One built app whose index.html each example rewrites with its own layout."""
    app = site_root / "fuzz-app" / "app.py"
    app.parent.mkdir(parents=True, exist_ok=True)
    app.write_text("from dash import Dash, html\napp = Dash(__name__)\n"
                   "app.layout = html.Div(id='fuzz-root')\n", encoding="utf-8")
    out = site_root / "fuzz"
    # No .br/.gz copies and no service worker: neither changes the DOM, both cost CPU.
    result = subprocess.run([sys.executable, "-m", "pyclient", "build", str(app), "--out",
                             str(out), "--no-compress", "--no-service-worker"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    page = (out / "index.html").read_text()
    spec = json.loads(re.search(SPEC, page, re.DOTALL).group(1))
    return out, page, spec


CASES = itertools.count()
SPEC = r'<script type="application/json" id="pyclient-spec">(.*?)</script>'


def check_live(page, static_server, out: Path, site, layout) -> None:
    original, spec = site
    layout_json = to_json_value(layout, "fuzz layout")
    script = spec_script({**spec, "layout": layout_json})
    (out / "index.html").write_text(re.sub(SPEC, lambda _: script, original, flags=re.DOTALL),
                                    encoding="utf-8")
    # A new query each time: the same URL within a second could come from the browser's cache.
    page.goto(f"{static_server}/fuzz/?case={next(CASES)}")
    page.wait_for_function("document.getElementById('fuzz-root') !== null")
    found = page.evaluate(DOM_CHECK)
    assert not found["pwned"]
    failed = page.locator(".pyclient-component-error").all_inner_texts()
    assert not failed, failed  # every component could be drawn
    tags = asked_tags(layout_json)
    for element in found["elements"]:
        assert element["tag"] in tags, element["tag"]
        for name, value in element["attrs"]:
            assert name in ATTRIBUTES or name.startswith("data-dash"), (element["tag"], name)
            if (element["tag"], name) in RUNS_URLS:
                assert not unsafe_url(value), (element["tag"], name, value)
    assert page.evaluate("window.__pwned === 1") is False


def test_live_dom_holds_only_what_the_layout_asked_for(app_profile, static_server, fuzz_site):
    out, original, spec = fuzz_site
    page = app_profile.new_page()  # the app stores nothing: no storage to clear after it
    try:
        check_live(page, static_server, out, (original, spec), deep(120))
        check_live(page, static_server, out, (original, spec), html.Div(
            [getattr(html, t)(None if t in VOID else NASTY[i % len(NASTY)],
                              id=NASTY[(i + 1) % len(NASTY)][:500], title=NASTY[(i + 2) % len(NASTY)])
             for i, t in enumerate(TAGS * 2)] + [html.A("link", href=u) for u in NASTY[2:6]]
            + [html.Img(src=u) for u in NASTY[2:6]], id="fuzz-root"))

        @settings(max_examples=12, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(LAYOUTS)
        def live(layout):
            check_live(page, static_server, out, (original, spec), layout)

        live()
    finally:
        page.close()
