"""Seed 000/002 "When Are Callbacks Executed?": initial calls, direct and indirect triggers."""

import re

from playwright.sync_api import expect

CLOCK = r"\d\d:\d\d:\d\d"

# Records every change of the watched elements' text with a timestamp, so a test can tell how
# often and in which order they changed (a MutationObserver batch is one change).
WATCH_SCRIPT = """
(ids) => {
  window.__changes = [];
  for (const id of ids) {
    const el = document.getElementById(id);
    new MutationObserver(() => {
      window.__changes.push({id, text: el.textContent, t: performance.now()});
    }).observe(el, {childList: true, characterData: true, subtree: true});
  }
}
"""


def test_initial_call_runs_with_none(dash_app):
    app = dash_app("initial_call_chain")
    # The layout says "callback not executed"; the initial call replaced both texts.
    assert app.text("first_output_1") == "n_clicks is None"
    assert app.text("second_output_1") == "n_clicks is None"
    assert app.calls()["change_text"] == 1

    app.click("button_1")
    assert app.text("first_output_1") == "n_clicks is 1"
    assert app.text("second_output_1") == "n_clicks is 1"
    app.click("button_1")
    assert app.text("first_output_1") == "n_clicks is 2"
    assert app.text("second_output_1") == "n_clicks is 2"
    assert app.calls()["change_text"] == 3


def clock(text):
    return re.search(CLOCK, text).group(0)


def test_third_callback_waits_for_slow_one(app_page):
    app = app_page("fast_slow_chain")
    # Initial calls: the third callback waits for both of its inputs, so it runs once.
    first, second, third = (app.locator(f"#{n}_output_3") for n in ("first", "second", "third"))
    expect(first).to_have_text(re.compile(f"^in the fast callback it is {CLOCK}$"))
    expect(second).to_have_text(re.compile(f"^in the slow callback it is {CLOCK}$"))
    expect(third).to_have_text(re.compile(f"^in the third callback it is {CLOCK}$"))
    assert clock(third.inner_text()) >= clock(second.inner_text())
    before = app.calls()
    assert before["first_callback"] == before["second_callback"] == before["third_callback"] == 1

    app.evaluate(WATCH_SCRIPT, ["first_output_3", "second_output_3", "third_output_3"])
    # Slow first, then fast at once, as the seed describes.
    app.click("#button_4")
    app.click("#button_3")
    app.settle()

    changes = app.evaluate("window.__changes")
    by_id = {i: [c for c in changes if c["id"] == i]
             for i in ("first_output_3", "second_output_3", "third_output_3")}
    assert [len(by_id[i]) for i in by_id] == [1, 1, 1], changes
    fast, slow, last = (by_id[i][0] for i in by_id)
    # The fast output lands first; the third waits until the slow one is done.
    assert fast["t"] < slow["t"] <= last["t"], changes
    expect(third).to_have_text(re.compile(f"^in the third callback it is {CLOCK}$"))
    assert clock(third.inner_text()) >= clock(second.inner_text()) >= clock(first.inner_text())
    after = app.calls()
    for name in ("first_callback", "second_callback", "third_callback"):
        assert after[name] == before[name] + 1, (name, before, after)
