"""A background callback that needs pandas runs on the server through the app's
DiskcacheManager: progress, running=, cancel= and the other callbacks, as in the browser."""

import re
from pathlib import Path

from playwright.sync_api import expect
from test_background import WATCH_SCRIPT, WATCHED, changes

CACHE = Path(__file__).resolve().parents[2] / "examples" / "server_background" / "cache"


def steps_of(app):
    return [int(re.fullmatch(r"step (\d+) of 8: \d+", c["text"]).group(1))
            for c in changes(app, "progress-text")]


def test_server_job_reports_progress_while_others_answer(app_page):
    app = app_page("server_background")
    expect(app.locator("#cancel-button")).to_be_disabled()
    app.evaluate(WATCH_SCRIPT, WATCHED)
    app.click("#run-button")
    expect(app.locator("#run-button")).to_be_disabled()  # running=
    expect(app.locator("#cancel-button")).to_be_enabled()
    expect(app.locator("#progress-text")).to_have_text(re.compile(r"^step \d of 8: \d+$"))
    app.click("#quick-button")
    expect(app.locator("#quick-output")).to_have_text("quick answer 1")
    app.settle()
    expect(app.locator("#result")).to_have_text("run 1: total 360")
    expect(app.locator("#progress-text")).to_have_text("step 8 of 8: 360")
    expect(app.locator("#progress-bar")).to_have_attribute("value", "8")
    expect(app.locator("#run-button")).to_be_enabled()
    expect(app.locator("#cancel-button")).to_be_disabled()
    steps = steps_of(app)
    assert steps == sorted(set(steps)) and steps[-1] == 8 and len(steps) >= 3, steps
    bar = [int(c["value"]) for c in changes(app, "progress-bar")]
    assert bar == steps, (bar, steps)
    result, = changes(app, "result")
    quick, = changes(app, "quick-output")
    assert quick["t"] < result["t"]  # the quick answer came while the job ran
    assert app.calls()["quick"] == 1
    if not app.oracle:  # Dash's polls are requests too, so only pyclient's count is one call
        assert app.ran() == {"long_job": 1, "quick": 1}


def test_cancel_ends_the_job_on_the_server(app_page):
    import diskcache

    app = app_page("server_background")
    with diskcache.Cache(str(CACHE)) as cache:
        cache.clear()  # nothing left from earlier runs
    app.evaluate(WATCH_SCRIPT, WATCHED)
    app.click("#run-button")
    expect(app.locator("#progress-text")).to_have_text(re.compile(r"^step [1-6] of 8: \d+$"))
    app.click("#cancel-button")
    app.settle()
    expect(app.locator("#run-button")).to_be_enabled()
    expect(app.locator("#cancel-button")).to_be_disabled()
    expect(app.locator("#result")).to_have_text("not run")  # the output keeps its value
    stopped_at = app.locator("#progress-text").inner_text()
    # Longer than the rest of the job: a job still alive would have written its result.
    app.wait_for_timeout(4500)
    expect(app.locator("#progress-text")).to_have_text(stopped_at)
    assert steps_of(app)[-1] < 8
    with diskcache.Cache(str(CACHE)) as cache:
        assert [k for k in cache.iterkeys() if str(k).endswith((":result", ":pid"))] == []

    app.click("#run-button")  # and it runs again after a cancel
    app.settle()
    expect(app.locator("#result")).to_have_text("run 2: total 360")
