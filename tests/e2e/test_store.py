"""dcc.Store chains (seed 003): a Store computed once and read by display callbacks, and a
local Store whose data survives a reload, read through modified_timestamp. The intermediary
stores and modified_timestamp chains of the allow_duplicate article are in
test_allow_duplicate.py."""

from playwright.sync_api import expect


def counter_shows(app, count, color):
    expect(app.locator("#counter")).to_have_text(f"Count: {count}")
    expect(app.locator("#counter")).to_have_css("color", color)
    expect(app.locator("#progress_bar")).to_have_attribute("value", str(count))


GREEN, RED = "rgb(0, 128, 0)", "rgb(255, 0, 0)"


def test_store_feeds_display_callbacks(app_page):
    app = app_page("store_counter")
    counter_shows(app, 0, GREEN)
    assert app.ran() == {"update_store": 1, "update_counter_display": 1, "update_pbar": 1}

    app.click("#btn_add")
    app.settle()
    app.click("#btn_add")
    app.settle()
    app.click("#btn_sub")
    app.settle()
    counter_shows(app, 1, GREEN)
    assert app.ran() == {"update_store": 4, "update_counter_display": 4, "update_pbar": 4}

    app.move_slider("multiplier", 2)
    assert app.slider_value("multiplier") == 3
    counter_shows(app, 3, GREEN)
    assert app.ran() == {"update_store": 6, "update_counter_display": 6, "update_pbar": 6}

    for _ in range(2):
        app.click("#btn_sub")
        app.settle()
    counter_shows(app, -3, RED)
    assert app.ran() == {"update_store": 8, "update_counter_display": 8, "update_pbar": 8}


def test_local_store_survives_reload(app_page):
    app = app_page("store_local_clicks")
    # A local Store with nothing saved (and no data prop) sets data=None and
    # modified_timestamp=-1 when it mounts: a mount-time change, so show_local's call in the
    # initial pass has the timestamp as its trigger. The memory Store sets nothing:
    # modified_timestamp stays None and show_memory raises PreventUpdate.
    expect(app.locator("#local-view")).to_have_text("local: 0 clicks (timestamp -1)")
    expect(app.locator("#memory-view")).to_have_text("")
    assert app.ran() == {"on_click": 1, "show_local": 1, "show_memory": 1}

    for _ in range(2):
        app.click("#click-button")
        app.settle()
    expect(app.locator("#local-view")).to_have_text("local: 2 clicks (timestamp set)")
    expect(app.locator("#memory-view")).to_have_text("memory: 2 clicks (timestamp set)")
    assert app.ran() == {"on_click": 3, "show_local": 3, "show_memory": 3}

    app.reload()
    app.wait_ready()
    # The local Store loads its data and timestamp from localStorage; memory starts again.
    expect(app.locator("#local-view")).to_have_text("local: 2 clicks (timestamp set)")
    expect(app.locator("#memory-view")).to_have_text("")
    assert app.ran() == {"on_click": 1, "show_local": 1, "show_memory": 1}

    app.click("#click-button")
    app.settle()
    expect(app.locator("#local-view")).to_have_text("local: 3 clicks (timestamp set)")
    expect(app.locator("#memory-view")).to_have_text("memory: 1 clicks (timestamp set)")
