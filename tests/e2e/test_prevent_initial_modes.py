"""Which callbacks run on load (checked on Dash 4.4.1 with --oracle): the app-wide
prevent_initial_callbacks=True covers @app.callback but not the module-level @callback, and
prevent_initial_call="initial_duplicate" runs an allow_duplicate callback on load."""

import re

from playwright.sync_api import expect


def shared_is(app, n):
    """Both writers of #shared ran. pyclient applies them in registration order; Dash sends
    two requests at once and shows whichever answer lands last."""
    text = "first|second" if app.oracle else "second"
    expect(app.locator("#shared")).to_have_text(re.compile(rf"^({text}) {n}$"))


def test_which_callbacks_run_on_load(app_page):
    app = app_page("prevent_initial_modes")
    expect(app.locator("#global-out")).to_have_text("global ran with None")
    expect(app.locator("#app-out")).to_have_text("not run")
    shared_is(app, "None")
    app.click("#go")
    app.settle()
    expect(app.locator("#global-out")).to_have_text("global ran with 1")
    expect(app.locator("#app-out")).to_have_text("app ran with 1")
    shared_is(app, "1")
    if not app.oracle:  # Dash's requests do not say which of the two shared callbacks ran
        assert app.ran() == {"global_callback": 2, "app_callback": 1, "shared_first": 2,
                             "shared_second": 2}
