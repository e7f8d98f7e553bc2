"""`pyclient gallery EXAMPLES --out DIR` (what `make demo` serves): every example (app.py, or
app.R for Dash for R) built as its own site, an index grouped by topic (EXAMPLES/topics.toml,
the seed chapter's sections first)
with one card per example — what it shows and where its callbacks run — and for each example a
page with the live app next to its source. Everything is static files: any host serves it, and
it works offline like the sites themselves. Every text is escaped: an app's source is text.
"""

from __future__ import annotations

import ast
import html
import json
import re
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .cli import _build_in_subprocess

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2430; background: #f6f7fb; }
header { padding: 1.5em 2em 1em; background: #1f2430; color: #fff; }
header h1 { margin: 0 0 .3em; font-size: 1.6em; } header p { margin: 0; opacity: .85; }
header a { color: #9fd; }
main { padding: 1em 2em 3em; }
section h2 { margin: 1.4em 0 .2em; font-size: 1.2em; } section > p { margin: 0 0 .8em; color: #555; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
.card { background: #fff; border-radius: 8px; padding: .8em 1em; box-shadow: 0 1px 3px #0002;
        text-decoration: none; color: inherit; display: block; }
.card:hover { box-shadow: 0 2px 8px #0003; }
.card h3 { margin: 0 0 .3em; font: 600 14px/1.3 ui-monospace, monospace; color: #3b4bdb; }
.card p { margin: 0 0 .5em; font-size: 13.5px; }
.badge { display: inline-block; font-size: 11.5px; padding: 0 .5em; border-radius: 9px;
         margin-right: .3em; background: #e7ebff; color: #2d3a9f; }
.badge.server { background: #fff0d6; color: #8a5300; }
.badge.clientside { background: #e5f7ec; color: #1d6b3c; }
.badge.background { background: #f1e7ff; color: #5b2d9f; }
.badge.webR { background: #e0f2fe; color: #075985; }
.split { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); height: calc(100vh - 7.5em); }
.split iframe { width: 100%; height: 100%; border: 0; background: #fff; }
.split pre { margin: 0; overflow: auto; padding: 1em; background: #1f2430; color: #e8eaf2;
             font: 13px/1.45 ui-monospace, monospace; }
.note { font-size: 13px; color: #8a5300; }
"""


def describe(source: str) -> str:
    """The example's first paragraph: its docstring, or the comment block it starts with."""
    try:
        doc = ast.get_docstring(ast.parse(source))
    except SyntaxError:
        doc = None
    if not doc:
        lines = []
        for line in source.splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("# ").rstrip())
        doc = "\n".join(lines)
    paragraph = re.sub(r"\s+", " ", doc.strip().split("\n\n")[0])
    if len(paragraph) > 180:  # a card holds a line or two; the page shows the whole source
        paragraph = paragraph[:180].rsplit(" ", 1)[0] + "…"
    return paragraph


def places(site: Path) -> list[str]:
    """Where the built site's callbacks run: browser, webR (an R app), clientside, server,
    background."""
    page = (site / "index.html").read_text(encoding="utf-8")
    spec_json = re.search(r'id="pyclient-spec">(.*?)</script>', page, re.DOTALL).group(1)
    found = set()
    for entry in json.loads(spec_json)["callbacks"]:
        found.add("webR" if entry.get("r") else "clientside" if entry.get("clientside")
                  else "server" if entry.get("server") else "browser")
        if entry.get("background"):
            found.add("background")
    return [p for p in ("browser", "webR", "clientside", "server", "background") if p in found]


def _page(title: str, body: str) -> str:
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<link rel=\"icon\" href=\"data:,\"><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")


def _badges(where: list[str]) -> str:
    return "".join(f'<span class="badge {w}">{w}</span>' for w in where)


def build_gallery(examples: Path, out: Path, only: list[str] | None = None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    config = tomllib.loads((examples / "topics.toml").read_text(encoding="utf-8"))
    apps = {p.parent.name: p for p in sorted([*examples.glob("*/app.py"), *examples.glob("*/app.R")])}
    names = [n for n in apps if only is None or n in only]
    # Two at a time: each build's snapshot waits on Node. Served on localhost: no compressed
    # copies. --debug: the gallery is the author's tour (errors_demo shows the overlay).
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(names, pool.map(
            lambda n: _build_in_subprocess(apps[n], out / n, "--no-compress", "--debug"), names)))
    failed = [n for n, r in results.items() if r.returncode != 0]
    for name in failed:
        sys.stderr.write(results[name].stderr)
    built = [n for n in names if n not in failed]
    cards: dict[str, str] = {}
    (out / "show").mkdir(exist_ok=True)
    for name in built:
        source = apps[name].read_text(encoding="utf-8")
        about = config.get("about", {}).get(name) or describe(source)
        where = places(out / name)
        note = ""
        if "server" in where:
            command = f"pyclient run {apps[name].as_posix()}"
            note = (f'<p class="note">Its server callbacks need the app\'s server: '
                    f"<code>{html.escape(command)}</code></p>")
        cards[name] = (f'<a class="card" href="show/{html.escape(name)}.html">'
                       f"<h3>{html.escape(name)}</h3><p>{html.escape(about)}</p>"
                       f"{_badges(where)}</a>")
        (out / "show" / f"{name}.html").write_text(_page(name, (
            f"<header><h1>{html.escape(name)}</h1><p>{html.escape(about)}</p>"
            f'<p><a href="../index.html">All examples</a> · <a href="../{html.escape(name)}/">'
            f"Open the app alone</a> · runs in: {', '.join(where) or 'nothing'}</p>{note}</header>"
            f'<div class="split"><iframe src="../{html.escape(name)}/" title="{html.escape(name)}">'
            f'</iframe><pre id="source">{html.escape(source)}</pre></div>')), encoding="utf-8")
    sections = []
    for topic in config["topic"]:
        mine = [cards[n] for n in topic["examples"] if n in cards]
        if mine:
            sections.append(f"<section><h2>{html.escape(topic['title'])}</h2>"
                            f"<p>{html.escape(topic.get('text', ''))}</p>"
                            f'<div class="cards">{"".join(mine)}</div></section>')
    listed = {n for topic in config["topic"] for n in topic["examples"]}
    rest = [cards[n] for n in built if n not in listed]
    if rest:
        sections.append(f'<section><h2>More</h2><div class="cards">{"".join(rest)}</div></section>')
    (out / "index.html").write_text(_page("pyclient examples", (
        "<header><h1>pyclient examples</h1><p>Dash apps, unchanged, running in the browser: each "
        "card opens the live app next to its source. Badges say where its callbacks run.</p>"
        f"</header><main>{''.join(sections)}</main>")), encoding="utf-8")
    print(f"built {len(built)} examples into {out}" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0
