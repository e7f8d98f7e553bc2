"""The pages of a session share one Chromium profile (conftest's app_profile): each test must
still start as in a new context, with nothing an earlier test's app stored."""

import pytest


@pytest.mark.parametrize("visit", ["first", "second"])
def test_each_test_starts_with_empty_local_storage(app_page, visit):
    app = app_page("store_local_clicks")
    assert app.page.evaluate("Object.keys(localStorage).length") == 0
    app.click("#click-button")
    app.settle()
    assert app.page.evaluate("Object.keys(localStorage).length") > 0


@pytest.mark.pyclient_only
@pytest.mark.parametrize("visit", ["first", "second"])
def test_each_profile_page_starts_with_empty_storage(profile_page, built_site, static_server,
                                                     visit):
    built_site("store_local_clicks")
    page = profile_page()
    page.goto(f"{static_server}/store_local_clicks/")
    page.evaluate("window.pyclient.ready")
    assert page.evaluate("Object.keys(localStorage).length") == 0
    page.click("#click-button")
    page.evaluate("window.pyclient.idle()")
    assert page.evaluate("Object.keys(localStorage).length") > 0
