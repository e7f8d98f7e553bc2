"""Callbacks naming components that appear later, without suppress_callback_exceptions
(checked on Dash 4.4.1 with --oracle): the app runs; the callback starts with the component."""

import subprocess
import sys

import pytest
from conftest import ROOT
from playwright.sync_api import expect


def test_callbacks_start_when_their_components_appear(app_page):
    app = app_page("later_components")
    expect(app.locator("#echo")).to_have_text("nothing typed")
    app.click("#add")
    app.settle()
    expect(app.locator("#echo")).to_have_text("typed: first words")
    app.fill("#later-input", "more")
    app.settle()
    expect(app.locator("#echo")).to_have_text("typed: more")


@pytest.mark.pyclient_only
def test_the_build_warns_and_strict_refuses(tmp_path):
    def build(*extra):
        return subprocess.run([sys.executable, "-m", "pyclient", "build",
                               "examples/later_components/app.py", "--out",
                               str(tmp_path / "site"), *extra], cwd=ROOT,
                              capture_output=True, text=True, check=False, timeout=600)

    relaxed = build()
    assert relaxed.returncode == 0, relaxed.stderr
    assert 'warning: Missing component: callback "echo" has Input "later-input.value"' in (
        relaxed.stderr)
    strict = build("--strict")
    assert strict.returncode == 1
    assert 'callback "echo" has Input "later-input.value"' in strict.stderr
