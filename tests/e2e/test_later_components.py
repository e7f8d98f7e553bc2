"""Callbacks naming components that appear later, without suppress_callback_exceptions
(checked on Dash 4.4.1 with --oracle): the app runs; the callback starts with the component."""

import subprocess
import sys

import pytest
from conftest import ROOT


def test_callbacks_start_when_their_components_appear(dash_app):
    app = dash_app("later_components")
    assert app.text("echo") == "nothing typed"
    app.click("add")
    assert app.text("echo") == "typed: first words"
    app.fill("later-input", "more")
    assert app.text("echo") == "typed: more"


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
