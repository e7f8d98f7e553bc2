"""The pre-rendered page and the live renderer make the same DOM for every dcc example
(docs/dom.md), so nothing jumps or is rebuilt when main.js takes over.

The worker is kept from starting, so the DOM compared is main.js's first render of the spec,
before any callback ran; it is compared with index.html's own pre-rendered markup.
"""

import difflib
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

NAMES = sorted(p.name for p in EXAMPLES.glob("dcc_*") if (p / "app.py").exists())

# A canonical text form of a subtree: tags, sorted attributes, form state, text. Form state
# is read from properties (Preact sets `value`/`checked` as properties, the pre-render as
# attributes); style through CSSOM so "a:1px" and "a: 1px;" compare equal. A Markdown
# pre-render is its escaped source (docs/dom.md), and a slider without `marks` gets its marks
# from its measured width (`unmarked`: the ids of those), so their insides are left out; a
# textarea's text is its value.
CANONICAL = """
([root, unmarked]) => {
  const out = [];
  const walk = (node, depth) => {
    const pad = "  ".repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data) out.push(pad + JSON.stringify(node.data));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attrs = [...node.attributes]
      .filter((a) => !["style", "value", "checked"].includes(a.name))
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    const style = node.style && node.style.cssText;
    if (style) attrs.push(`style=${JSON.stringify(style)}`);
    if (["INPUT", "TEXTAREA", "SELECT"].includes(node.tagName)) attrs.push(`.value=${JSON.stringify(node.value)}`);
    if (node.tagName === "INPUT") attrs.push(`.checked=${node.checked}`);
    out.push(`${pad}<${node.tagName.toLowerCase()} ${attrs.join(" ")}>`);
    if (node.classList.contains("pyclient-markdown") || node.tagName === "TEXTAREA") return;
    for (const child of node.childNodes) {
      if (unmarked.includes(node.id) && child.classList && child.classList.contains("pyclient-mark")) continue;
      walk(child, depth + 1);
    }
  };
  root.normalize();
  root.childNodes.forEach((child) => walk(child, 0));
  return out.join("\\n");
}
"""

# index.html's pre-rendered layout, parsed again into a hidden element of the page.
PRERENDERED = """
async () => {
  const html = await (await fetch(window.location.href)).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  const root = document.createElement("div");
  root.hidden = true;
  root.append(...doc.getElementById("react-entry-point").childNodes);
  document.body.appendChild(root);
  const unmarked = [...root.querySelectorAll(".pyclient-slider")]
    .filter((s) => !s.querySelector(".pyclient-mark")).map((s) => s.id);
  return [root, unmarked];
}
"""


@pytest.mark.pyclient_only
@pytest.mark.parametrize("name", NAMES)
def test_prerender_matches_first_live_render(name, browser, built_site, static_server):
    built_site(name)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("**/_pyclient/worker.js",
                   lambda route: route.fulfill(body="", content_type="text/javascript"))
        page.goto(f"{static_server}/{name}/")
        page.wait_for_function("window.__pyclientLive === true")
        page.wait_for_timeout(300)  # mount effects re-render once
        prerendered = page.evaluate_handle(PRERENDERED)
        unmarked = prerendered.get_property("1")
        expected = page.evaluate(CANONICAL, [prerendered.get_property("0"), unmarked])
        live = page.locator("#react-entry-point").element_handle()
        actual = page.evaluate(CANONICAL, [live, unmarked])
        diff = "\n".join(difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "pre-render", "live", lineterm=""))
        assert not diff, f"{name}: the live DOM differs from the pre-render:\n{diff}"
    finally:
        context.close()
