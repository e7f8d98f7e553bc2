"""update_title (checked on Dash 4.4.1 with --oracle): the title changes while a callback runs
and comes back after; asserted as the order of title changes, not as a time window."""

from playwright.sync_api import expect

WATCH_TITLE = """() => {
  window.__titles = [];
  new MutationObserver(() => window.__titles.push(document.title))
    .observe(document.querySelector("title"), {childList: true, characterData: true, subtree: true});
}"""


def test_title_shows_updating_while_a_callback_runs(app_page):
    app = app_page("update_title")
    expect(app.page).to_have_title("Title demo")
    app.evaluate(WATCH_TITLE)
    app.click("#work")
    app.settle()
    expect(app.locator("#out")).to_have_text("worked 1")
    expect(app.page).to_have_title("Title demo")
    titles = app.evaluate("window.__titles")
    assert titles[:1] == ["Updating..."] and titles[-1] == "Title demo", titles
