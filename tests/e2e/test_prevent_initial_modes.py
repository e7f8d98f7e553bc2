"""Which callbacks run on load (checked on Dash 4.4.1 with --oracle): the app-wide
prevent_initial_callbacks=True covers @app.callback but not the module-level @callback, and
prevent_initial_call="initial_duplicate" runs an allow_duplicate callback on load."""

import re


def shared_is(app, n, oracle):
    """Both writers of #shared ran. pyclient applies them in registration order; Dash sends
    two requests at once and shows whichever answer lands last."""
    text = "first|second" if oracle else "second"
    assert re.fullmatch(rf"({text}) {n}", app.text("shared"))


def test_which_callbacks_run_on_load(dash_app, oracle):
    app = dash_app("prevent_initial_modes")
    assert app.text("global-out") == "global ran with None"
    assert app.text("app-out") == "not run"
    shared_is(app, "None", oracle)
    app.click("go")
    assert app.text("global-out") == "global ran with 1"
    assert app.text("app-out") == "app ran with 1"
    shared_is(app, "1", oracle)
    if not oracle:  # Dash's requests do not say which of the two shared callbacks ran
        assert app.calls() == {"global_callback": 2, "app_callback": 1, "shared_first": 2,
                               "shared_second": 2}
