"""What a build publishes from the app's folder (pyclient/publish.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pyclient.placement import plan_app
from pyclient.publish import private_reason, select


def write(folder: Path, name: str, text: str = "") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def shipped(app: Path, **options) -> dict[str, str]:
    selection = select(app, app.parent / "dist", plan_app(app), **options)
    return {f.relative: f.why for f in selection.files}


def make_app(tmp_path: Path) -> Path:
    app = write(tmp_path, "app.py", '''
        import json
        import pandas as pd
        from dash import Dash, html
        from helpers.text import shout
        from helpers import colors
        prices = pd.read_csv("private/prices.csv")
        LABELS = json.load(open("labels.json"))
        app = Dash(__name__)
        app.layout = html.Div(shout(LABELS["title"]))
    ''')
    write(tmp_path, "helpers/__init__.py")
    write(tmp_path, "helpers/text.py", "def shout(s):\n    return s.upper()\n")
    write(tmp_path, "helpers/colors.py", "RED = 'red'\n")
    write(tmp_path, "helpers/unused.py", "X = 1\n")
    write(tmp_path, "scripts/etl.py", "import pandas\n")
    write(tmp_path, "labels.json", '{"title": "hi"}')
    write(tmp_path, "private/prices.csv", "a,b\n")
    write(tmp_path, "notes.txt", "internal notes")
    write(tmp_path, "assets/style.css", "body {}")
    for secret in ("secrets.toml", ".env", "assets/.env.local", "server.key", "cert.pem",
                   "assets/credentials.json", "config/id_rsa", ".streamlit/secrets.toml"):
        write(tmp_path, secret, "TOKEN=CANARY")
    return app


def test_only_what_the_browser_needs_is_published(tmp_path):
    app = make_app(tmp_path)
    assert shipped(app) == {
        "app.py": "the app",
        "helpers/__init__.py": "imported by the app",
        "helpers/colors.py": "imported by the app",
        "helpers/text.py": "imported by the app",
        "labels.json": "named by browser code",
        "assets/style.css": "assets/",
    }


def test_include_and_exclude(tmp_path):
    app = make_app(tmp_path)
    files = shipped(app, include=["notes.txt", "secrets.toml"], exclude=["assets/*"])
    assert files["notes.txt"] == "--include"
    assert "secrets.toml" not in files and "assets/style.css" not in files
    selection = select(app, tmp_path / "dist", plan_app(app), include=["secrets.toml"])
    assert ("secrets.toml", "never: looks like a key or a secret (listed with --include)") in (
        selection.left_out)


def test_pyproject_table(tmp_path):
    app = make_app(tmp_path)
    write(tmp_path, "pyproject.toml", '[tool.pyclient]\ninclude = ["scripts/*.py"]\n')
    assert shipped(app)["scripts/etl.py"] == "--include"


def test_pages_are_shipped_with_their_imports(tmp_path):
    app = write(tmp_path, "app.py", "from dash import Dash\napp = Dash(__name__, use_pages=True)\n")
    write(tmp_path, "pages/home.py", "from components.card import card\n")
    write(tmp_path, "components/card.py", "def card():\n    return 1\n")
    files = shipped(app, pages_folder="pages")
    assert {"pages/home.py", "components/card.py"} <= set(files)


def test_never_published():
    for path in (".env", "a/.git/config", "secrets.toml", "deploy/server.key", "x/cert.pem",
                 "google-credentials.json", "id_ed25519", "keys.p12", "prod.env"):
        assert private_reason(path), path
    for path in ("data.csv", "assets/app.js", "environment.md", "keyboard.py"):
        assert private_reason(path) is None, path


def test_the_manifest(tmp_path):
    app = make_app(tmp_path)
    selection = select(app, tmp_path / "dist", plan_app(app))
    line, = selection.manifest()
    assert line.startswith("ships 6 file(s) of the app, ")
    assert line.endswith(
        "; never shipped: assets/.env.local, assets/credentials.json, secrets.toml")
    full = selection.manifest(full=True)
    assert "  - scripts/etl.py  (not imported)" in full
    assert "  - notes.txt  (not named by browser code)" in full
