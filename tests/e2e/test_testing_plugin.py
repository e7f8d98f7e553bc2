"""pyclient.testing, the pytest plugin for app authors, used here as they would use it: one test
body runs headless (plain CPython) and in Chromium, and both see the same app."""

import subprocess
import sys
from pathlib import Path

import pytest

from pyclient.testing import HeadlessUnsupported

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def test_the_same_test_runs_both_ways(pyclient_app):
    app = pyclient_app(EXAMPLES / "todo_list" / "app.py")
    assert app.text("totals") == "0 of 0 items completed"
    app.fill("new-item", "write the note")
    app.click("add")
    assert app.text("totals") == "0 of 1 items completed - 0%"
    assert app.text({"item": 0}) == "write the note"
    assert app.text({"item": 0, "preceding": True}) == "0 of 0 preceding items are done DO THIS NEXT!"
    assert app.calls() == {"edit_list": 2, "show_totals": 2, "mark_done": 1, "show_preceding": 1}
    assert app.errors == []


def test_ctx_and_errors_headless(pyclient_headless):
    app = pyclient_headless(EXAMPLES / "errors_demo" / "app.py")
    app.click("raise-button")
    (error,) = app.errors
    assert error.callback == "raise_value_error" and "ValueError" in error.message
    assert 'File "app.py", line' in error.traceback
    app.fill("echo-input", "still here")
    assert app.text("echo-output") == "You typed: still here"


def test_typing_in_inputs_headless(pyclient_headless):
    """What dcc.Input sends: with debounce=True nothing until Enter, then the number (the
    input has type="number") and n_submit in one event; text that is no number is refused."""
    app = pyclient_headless(EXAMPLES / "no_update_prime_factors" / "app.py")
    app.fill("num", "12")
    assert (app.value("num"), app.prop("num", "value"), app.text("out")) == ("12", None, "")
    app.submit("num")
    assert (app.prop("num", "value"), app.prop("num", "n_submit")) == (12, 1)
    assert app.text("out") == "12 is 2 * 2 * 3"
    assert app.calls() == {"show_factors": 2}
    app.fill("num", "twelve")
    with pytest.raises(ValueError, match='"twelve" is not a number: the input "num"'):
        app.submit("num")
    assert app.value("num") == "twelve"  # still typed there
    assert app.exists("num") and not app.exists("no-such-input")


def test_a_clientside_callback_asks_for_the_browser(pyclient_headless):
    with pytest.raises(HeadlessUnsupported, match="clientside.*pyclient_browser"):
        pyclient_headless(EXAMPLES / "clientside_callbacks" / "app.py")


def test_the_plugin_is_registered_for_any_pytest_run(tmp_path):
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    listed = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-q", "-p",
                             "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    for fixture in ("pyclient_app", "pyclient_headless", "pyclient_browser"):
        assert fixture in listed.stdout, listed.stdout[-2000:]


AUTHORS_TEST = '''
def test_a_click(pyclient_browser):
    first = pyclient_browser(APP)
    first.click("save")
    assert first.text("save-out") == "Saved 1 times"
    second = pyclient_browser(APP)
    assert second.text("save-out") == "Not saved yet"
    assert second.page.context is first.page.context  # the session's profile, not a new context
'''


def test_an_authors_browser_test_needs_no_playwright_fixture(tmp_path):
    """A project without pytest-playwright: the plugin starts Playwright and its Chromium
    profile itself."""
    app = EXAMPLES / "dcc_button" / "app.py"
    (tmp_path / "test_app.py").write_text(f"APP = {str(app)!r}\n{AUTHORS_TEST}")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(tmp_path)], cwd=tmp_path, capture_output=True, text=True,
                         check=False, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
