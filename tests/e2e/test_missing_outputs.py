"""ALL outputs that match nothing (examples/missing_outputs), by the rules Dash's own
integration tests state (test_missing_outputs.py), checked with --oracle: such a callback is
not called; an ALL input that loses its components runs its callback again, with an empty
`triggered`."""


def step(app, button, content, output):
    app.click(button)
    assert app.text("content") == content
    assert app.text("output") == output


def test_all_outputs_matching_nothing(dash_app, oracle):
    app = dash_app("missing_outputs")
    assert app.text("output") == "0"
    assert app.text("log") == "0 items, triggered: ['.']"
    step(app, "values", "", "0")
    assert "content_inner" not in app.calls()  # never called with nothing to write
    step(app, "items", "1", "1")
    assert app.text("log") == """1 items, triggered: ['{"i":0}.id']"""
    step(app, "values", "2", "2")
    step(app, "items", "22", "4")
    step(app, "items", "222", "6")  # new items: content_inner writes them all
    step(app, "items", "", "0")
    assert app.text("log") == "0 items, triggered: ['.']"
    step(app, "values", "", "0")
    if not oracle:  # Dash sent 4 requests for it too (seen in its network log), but the
        # oracle's request-to-callback matching does not name requests for ALL outputs
        assert app.calls()["content_inner"] == 4
