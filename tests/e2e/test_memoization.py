"""Seed 000/002 "Improving Performance with Memoization": functools.lru_cache inside an app."""

from playwright.sync_api import expect


def ask(app, word):
    app.fill("#memo-input", word)
    app.press("#memo-input", "Enter")
    app.settle()


def test_lru_cache_answers_repeated_inputs(app_page):
    app = app_page("memoization_lru_cache")
    expect(app.locator("#memo-output")).to_have_text("")
    expect(app.locator("#memo-stats")).to_have_text(
        "Real computations: 0, answered from the cache: 0")

    ask(app, "test")
    expect(app.locator("#memo-output")).to_have_text("Input was test")
    expect(app.locator("#memo-stats")).to_have_text(
        "Real computations: 1, answered from the cache: 0")

    ask(app, "other")
    expect(app.locator("#memo-output")).to_have_text("Input was other")
    expect(app.locator("#memo-stats")).to_have_text(
        "Real computations: 2, answered from the cache: 0")

    # The callback runs again, but slow_function answers from its cache.
    ask(app, "test")
    expect(app.locator("#memo-output")).to_have_text("Input was test")
    expect(app.locator("#memo-stats")).to_have_text(
        "Real computations: 2, answered from the cache: 1")
    # Dash runs every call: the app's own cache is what saves the work, not a callback memo.
    assert app.calls()["show_result"] == 4
