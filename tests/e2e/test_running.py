"""Seed 002 "Updating Component Properties when a Callback is Running": `running=`."""

from playwright.sync_api import expect

# Records each change of the watched elements as [id, disabled, text] (a MutationObserver batch
# is one change), so a test can tell what the page showed while a callback was running.
WATCH_SCRIPT = """
(ids) => {
  (window.__observers || []).forEach((observer) => observer.disconnect());
  window.__observers = [];
  window.__changes = [];
  for (const id of ids) {
    const el = document.getElementById(id);
    const state = () => [id, el.disabled === undefined ? null : el.disabled, el.textContent];
    let last = state();
    const record = () => {
      const now = state();
      if (last[1] !== now[1] || last[2] !== now[2]) window.__changes.push(now);
      last = now;
    };
    const observer = new MutationObserver(record);
    observer.observe(el, {attributes: true, childList: true, characterData: true, subtree: true});
    window.__observers.push(observer);
  }
}
"""


def changes_of(app, element_id):
    return [c[1:] for c in app.evaluate("window.__changes") if c[0] == element_id]


def test_submit_button_disabled_while_running(app_page):
    app = app_page("running_submit")
    button = app.locator("#submit-button")
    output = app.locator("#container-output-text")
    expect(output).to_have_text("Enter a value and press submit")
    expect(button).to_be_enabled()
    assert sum(app.calls().values()) == 0

    app.evaluate(WATCH_SCRIPT, ["submit-button", "container-output-text"])
    app.fill("#input-on-submit-text", "hello")
    app.click("#submit-button")
    expect(button).to_be_disabled()
    app.settle()
    expect(button).to_be_enabled()
    expect(output).to_have_text('The input value was "hello" and the button has been clicked 1 times')
    # Disabled once, enabled once; the output changed once.
    assert changes_of(app, "submit-button") == [[True, "Submit"], [False, "Submit"]]
    assert changes_of(app, "container-output-text") == [
        [None, 'The input value was "hello" and the button has been clicked 1 times']]

    app.fill("#input-on-submit-text", "again")
    app.click("#submit-button")
    expect(button).to_be_disabled()
    app.settle()
    expect(button).to_be_enabled()
    expect(output).to_have_text('The input value was "again" and the button has been clicked 2 times')
    assert app.calls()["update_output"] == 2


def run_and_watch(app, button_id):
    app.evaluate(WATCH_SCRIPT, [button_id, "status"])
    app.click(f"#{button_id}")
    expect(app.locator(f"#{button_id}")).to_be_disabled()
    app.settle()
    expect(app.locator(f"#{button_id}")).to_be_enabled()
    return changes_of(app, button_id), [c[1] for c in changes_of(app, "status")]


def test_running_values_reset_after_return(app_page):
    app = app_page("running_outcomes", share=True)
    expect(app.locator("#status")).to_have_text("idle")
    button, status = run_and_watch(app, "ok-button")
    assert button == [[True, "Return"], [False, "Return"]]
    assert status == ["ok running", "ok done"]
    expect(app.locator("#ok-output")).to_have_text("returned after 1 click(s)")
    assert app.calls()["returns"] == 1


def test_running_values_reset_after_prevent_update(app_page):
    app = app_page("running_outcomes", share=True)
    button, status = run_and_watch(app, "prevent-button")
    assert button == [[True, "Prevent update"], [False, "Prevent update"]]
    assert status == ["prevent running", "prevent done"]
    expect(app.locator("#prevent-output")).to_have_text("not run")
    assert app.calls()["prevents"] == 1


def test_running_values_reset_after_error(app_page):
    app = app_page("running_outcomes")
    button, status = run_and_watch(app, "fail-button")
    assert button == [[True, "Fail"], [False, "Fail"]]
    assert status == ["fail running", "fail done"]
    expect(app.locator("#fail-output")).to_have_text("not run")
    assert app.calls()["fails"] == 1
    # The app keeps working after the failure.
    button, status = run_and_watch(app, "ok-button")
    assert status == ["ok running", "ok done"]
    expect(app.locator("#ok-output")).to_have_text("returned after 1 click(s)")
