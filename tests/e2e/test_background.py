"""Background callbacks (seed 003 tutorial, "Background Callbacks"): background=True with
progress=, cancel= and running=, next to an ordinary callback that must keep answering."""

import re

from playwright.sync_api import expect

# Records each change of the watched elements as {id, disabled, text, value, t}.
WATCH_SCRIPT = """
(ids) => {
  (window.__observers || []).forEach((observer) => observer.disconnect());
  window.__observers = [];
  window.__changes = [];
  for (const id of ids) {
    const el = document.getElementById(id);
    const state = () => ({id, disabled: el.disabled === undefined ? null : el.disabled,
                          text: el.textContent, value: el.getAttribute("value")});
    let last = JSON.stringify(state());
    const observer = new MutationObserver(() => {
      const now = state();
      if (JSON.stringify(now) !== last) window.__changes.push({...now, t: performance.now()});
      last = JSON.stringify(now);
    });
    observer.observe(el, {attributes: true, childList: true, characterData: true, subtree: true});
    window.__observers.push(observer);
  }
}
"""
WATCHED = ["run-button", "cancel-button", "progress-bar", "progress-text", "result",
           "quick-output"]


def changes(app, element_id):
    return [c for c in app.evaluate("window.__changes") if c["id"] == element_id]


def progress_steps(app):
    return [int(re.fullmatch(r"step (\d+) of 10", c["text"]).group(1))
            for c in changes(app, "progress-text")]


def test_background_callback_from_the_tutorial(app_page):
    app = app_page("background_simple")
    # No prevent_initial_call: the background callback's initial call ran on load.
    expect(app.locator("#results")).to_have_text("Done!")
    app.click("#start")
    app.settle()
    expect(app.locator("#results")).to_have_text("Done!")
    expect(app.locator("#pyclient-overlay .pyclient-error")).to_have_count(0)


def test_progress_advances_and_others_answer(app_page):
    app = app_page("background_progress")
    expect(app.locator("#progress-text")).to_have_text("no progress")
    expect(app.locator("#cancel-button")).to_be_disabled()
    app.evaluate(WATCH_SCRIPT, WATCHED)

    app.click("#run-button")
    # running=: the run button is disabled and the cancel button enabled while it runs.
    expect(app.locator("#run-button")).to_be_disabled()
    expect(app.locator("#cancel-button")).to_be_enabled()
    expect(app.locator("#progress-text")).to_have_text(re.compile(r"^step [1-5] of 10$"))
    app.click("#quick-button")
    expect(app.locator("#quick-output")).to_have_text("quick answer 1")
    # The quick answer came while the job was still running.
    expect(app.locator("#result")).to_have_text("not run")
    expect(app.locator("#run-button")).to_be_disabled()

    app.settle()
    expect(app.locator("#result")).to_have_text("finished run 1")
    expect(app.locator("#progress-text")).to_have_text("step 10 of 10")
    expect(app.locator("#progress-bar")).to_have_attribute("value", "10")
    expect(app.locator("#run-button")).to_be_enabled()
    expect(app.locator("#cancel-button")).to_be_disabled()

    steps = progress_steps(app)
    assert steps == sorted(set(steps)) and steps[-1] == 10, steps
    assert len(steps) >= 3, steps  # it advanced in sight, not all at the end
    bar = [int(c["value"]) for c in changes(app, "progress-bar")]
    assert bar == steps, (bar, steps)
    result, = changes(app, "result")
    quick, = changes(app, "quick-output")
    assert quick["t"] < result["t"]
    assert app.calls()["quick"] == 1


def test_cancel_stops_the_job(app_page):
    app = app_page("background_progress")
    app.evaluate(WATCH_SCRIPT, WATCHED)
    app.click("#run-button")
    expect(app.locator("#progress-text")).to_have_text(re.compile(r"^step [2-5] of 10$"))
    app.click("#cancel-button")
    app.settle()
    stopped_at = app.locator("#progress-text").inner_text()
    # running= ends as after a normal run; the output keeps its old value.
    expect(app.locator("#run-button")).to_be_enabled()
    expect(app.locator("#cancel-button")).to_be_disabled()
    expect(app.locator("#result")).to_have_text("not run")
    # Wait five more steps' time: a job still running would have moved the progress on.
    app.wait_for_timeout(1000)
    expect(app.locator("#progress-text")).to_have_text(stopped_at)
    steps = progress_steps(app)
    assert steps and steps[-1] <= 6, steps
    assert changes(app, "result") == []

    # The app runs the job again after a cancel.
    app.click("#run-button")
    app.settle()
    expect(app.locator("#result")).to_have_text("finished run 2")
    expect(app.locator("#progress-text")).to_have_text("step 10 of 10")
