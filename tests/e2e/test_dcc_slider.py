"""dcc.Slider and dcc.RangeSlider moved with the keyboard, as a person can.

Dash 4.4.1 draws Radix sliders: each handle is a thumb with role=slider (a RangeSlider's are
labelled "Minimum" and "Maximum") that moves with the arrow, Home and End keys.
"""

from playwright.sync_api import expect


def handle(app, slider_id, index):
    return app.locator(f"#{slider_id} [role=slider]").nth(index)


def press(app, slider_id, index, key, times=1):
    thumb = handle(app, slider_id, index)
    thumb.focus()
    for _ in range(times):
        thumb.press(key)
        app.settle()


def test_slider(app_page):
    app = app_page("dcc_slider", share=True)
    out = app.locator("#temperature-out")
    expect(out).to_have_text("Temperature 5")
    for mark in ("Cold", "Mild", "Hot"):
        expect(app.locator("#temperature").get_by_text(mark, exact=True)).to_be_visible()

    press(app, "temperature", 0, "ArrowRight", 2)
    expect(out).to_have_text("Temperature 7")
    press(app, "temperature", 0, "ArrowLeft")
    expect(out).to_have_text("Temperature 6")
    press(app, "temperature", 0, "End")
    expect(out).to_have_text("Temperature 10")
    assert app.slider_value("temperature") == 10


def test_range_slider(app_page):
    app = app_page("dcc_slider", share=True)
    out = app.locator("#price-out")
    expect(out).to_have_text("Price from 20 to 60")
    expect(handle(app, "price", 0)).to_have_attribute("aria-label", "Minimum")
    expect(handle(app, "price", 1)).to_have_attribute("aria-label", "Maximum")
    press(app, "price", 1, "ArrowRight")
    expect(out).to_have_text("Price from 20 to 70")
    press(app, "price", 0, "ArrowLeft", 2)
    expect(out).to_have_text("Price from 0 to 70")
    press(app, "price", 0, "ArrowRight", 3)
    expect(out).to_have_text("Price from 30 to 70")
    assert app.calls()["price"] == 7
