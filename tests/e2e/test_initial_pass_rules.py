"""Initial-pass rules that Dash's own integration tests state (checked with --oracle): an
ALLSMALLER chain settles item by item, and callbacks with no inputs run once on load, two of
them on one output included."""


def test_allsmaller_chain_settles_like_dash(dash_app):
    app = dash_app("allsmaller_chain")
    assert app.text("total") == "sum 7: [1, 1, 2, 3]"
    assert app.calls() == {"next_number": 4, "total": 1}


def test_callbacks_with_no_inputs_run_on_load(dash_app, oracle):
    app = dash_app("no_input_callbacks")
    assert app.text("single") == "ran on load"
    # Both writers ran: pyclient applies them in order; Dash races their two requests.
    assert app.text("shared") in (("first", "second") if oracle else ("second",))
    if not oracle:  # Dash's requests cannot say which of the two writers they were
        assert app.calls() == {"only_once": 1, "first_writer": 1, "second_writer": 1}
