"""dcc.Store: memory data is gone after a reload, local and session data come back."""

from playwright.sync_api import expect


def shown(app):
    return [app.locator(f"#{kind}-out").inner_text() for kind in ("memory", "local", "session")]


def reload(app):
    app.reload()
    app.wait_ready()


def test_store_survives_reload_by_storage_type(app_page):
    app = app_page("dcc_store")
    expect(app.locator("#session-out")).to_have_text("session: []")
    assert shown(app) == ["memory: []", "local: []", "session: []"]

    app.click("#add")
    app.settle()
    app.click("#add")
    app.settle()
    expect(app.locator("#session-out")).to_have_text("session: [1, 2]")
    assert shown(app) == ["memory: [1, 2]", "local: [1, 2]", "session: [1, 2]"]

    reload(app)
    expect(app.locator("#session-out")).to_have_text("session: [1, 2]")
    assert shown(app) == ["memory: []", "local: [1, 2]", "session: [1, 2]"]

    app.click("#add")
    app.settle()
    expect(app.locator("#session-out")).to_have_text("session: [1, 2, 3]")
    assert shown(app) == ["memory: [1]", "local: [1, 2, 3]", "session: [1, 2, 3]"]


def test_clear_data_empties_a_local_store(app_page):
    app = app_page("dcc_store")
    app.click("#add")
    app.settle()
    expect(app.locator("#local-out")).to_have_text("local: [1]")
    app.click("#clear")
    app.settle()
    expect(app.locator("#local-out")).to_have_text("local: None")
    reload(app)
    expect(app.locator("#local-out")).to_have_text("local: []")
    expect(app.locator("#session-out")).to_have_text("session: [1]")
