"""Seed 000/002 "Improving Performance with Memoization": functools.lru_cache inside an app."""


def ask(app, word):
    app.fill("memo-input", word)
    app.submit("memo-input")


def test_lru_cache_answers_repeated_inputs(dash_app):
    app = dash_app("memoization_lru_cache")
    assert app.text("memo-output") == ""
    assert app.text("memo-stats") == "Real computations: 0, answered from the cache: 0"

    ask(app, "test")
    assert app.text("memo-output") == "Input was test"
    assert app.text("memo-stats") == "Real computations: 1, answered from the cache: 0"

    ask(app, "other")
    assert app.text("memo-output") == "Input was other"
    assert app.text("memo-stats") == "Real computations: 2, answered from the cache: 0"

    # The callback runs again, but slow_function answers from its cache.
    ask(app, "test")
    assert app.text("memo-output") == "Input was test"
    assert app.text("memo-stats") == "Real computations: 2, answered from the cache: 1"
    # Dash runs every call: the app's own cache is what saves the work, not a callback memo.
    assert app.calls()["show_result"] == 4
