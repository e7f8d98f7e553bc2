"""A failing callback shows its error and leaves the rest of the app working (DESIGN "Rules")."""

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]


def break_everything(app):
    for button in ("#raise-button", "#count-button", "#set-button"):
        app.click(button)
    app.settle()


def test_errors_leave_the_app_working(app_page):
    app = app_page("errors_demo")
    expect(app.locator("#echo-output")).to_have_text("You typed: ")
    app.fill("#echo-input", "kept text")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: kept text")

    break_everything(app)
    # Failed calls change none of their outputs, and what the user typed stays.
    for target in ("#raise-target", "#count-target-a", "#count-target-b", "#set-target"):
        expect(app.locator(target)).to_have_text("")
    expect(app.locator("#echo-input")).to_have_value("kept text")

    app.fill("#echo-input", "still working")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: still working")


@pytest.mark.pyclient_only
def test_errors_show_in_overlay(app_page):
    app = app_page("errors_demo")
    break_everything(app)
    errors = app.locator("#pyclient-overlay .pyclient-error")
    expect(errors).to_have_count(3)
    texts = errors.all_inner_texts()

    def error_for(function):
        found = [t for t in texts if function in t]
        assert len(found) == 1, (function, texts)
        return found[0]

    raised = error_for("raise_value_error")
    assert "raise-target" in raised and "children" in raised, raised
    assert "ValueError" in raised and "raise_value_error was clicked 1 time(s)" in raised, raised
    assert 'File "app.py", line' in raised and "/home/pyodide" not in raised, raised
    assert "raise-button.n_clicks = 1" in raised, raised  # what its inputs held
    wrong_count = error_for("return_wrong_count")
    assert "count-target-a" in wrong_count and "children" in wrong_count, wrong_count
    not_json = error_for("return_a_set")
    assert "set-target" in not_json and "children" in not_json, not_json
    expect(app.locator("#pyclient-overlay")).to_be_visible()

    # The working callback still answers after the failures.
    app.fill("#echo-input", "after the errors")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: after the errors")
    expect(errors).to_have_count(3)


@pytest.mark.pyclient_only
def test_a_published_build_shows_visitors_nothing_technical(profile_page, site_root, static_server):
    """Without --debug (a site for visitors, as Dash without debug): no overlay, no traceback,
    no timing panel on the page; the browser console still names each failed callback."""
    out = site_root / "errors_demo-published"
    build = subprocess.run(
        [sys.executable, "-m", "pyclient", "build", "examples/errors_demo/app.py", "--out", str(out),
         "--no-compress"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert build.returncode == 0, build.stderr
    page = profile_page()
    try:
        console: list[str] = []
        page.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}"))
        page.goto(f"{static_server}/errors_demo-published/")
        page.wait_for_function("window.pyclient && window.pyclient.ready")
        page.evaluate("window.pyclient.ready")
        for button in ("#raise-button", "#count-button", "#set-button"):
            page.click(button)
        page.evaluate("window.pyclient.idle()")
        failed = [line for line in console if line.startswith("error: pyclient: callback")]
        assert len(failed) == 3, console
        raised = next(line for line in failed if "raise_value_error" in line)
        assert "ValueError" in raised and 'File "app.py", line' in raised, raised  # the author's file
        expect(page.locator("#pyclient-overlay")).to_have_count(0)
        expect(page.locator("#pyclient-timing")).to_have_count(0)
        page.fill("#echo-input", "still here")
        page.evaluate("window.pyclient.idle()")
        expect(page.locator("#echo-output")).to_have_text("You typed: still here")
        assert "Traceback" not in page.locator("body").inner_text()
    finally:
        page.close()
