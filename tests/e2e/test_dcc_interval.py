"""dcc.Interval: counts to max_intervals and stops; a callback resets it; disabled stops it.
The two tests share one page: each has its own interval, output and button."""

from playwright.sync_api import expect


def test_interval_stops_at_max_intervals(app_page):
    app = app_page("dcc_interval", share=True)
    ticks = app.locator("#ticks")
    expect(ticks).to_have_text("Ticks: 3")
    app.wait_for_timeout(800)  # four more periods: nothing more happens
    app.settle()
    expect(ticks).to_have_text("Ticks: 3")
    assert app.calls()["ticks"] == 4

    # Setting n_intervals below max_intervals starts it again.
    app.click("#restart")
    app.settle()
    expect(ticks).to_have_text("Ticks: 3")
    app.wait_for_timeout(800)
    app.settle()
    expect(ticks).to_have_text("Ticks: 3")
    assert app.calls()["ticks"] == 8


def clock(app):
    return app.locator("#clock-out").inner_text()


def test_disabled_interval_starts_and_stops(app_page):
    app = app_page("dcc_interval", share=True)
    out = app.locator("#clock-out")
    expect(out).to_have_text("Clock: None")  # n_intervals unset: callbacks see None
    app.wait_for_timeout(400)
    app.settle()
    expect(out).to_have_text("Clock: None")

    app.click("#toggle")
    # Counting from 0, every 100 ms.
    app.wait_for_function("() => Number(document.getElementById('clock-out').innerText.split(' ')[1]) >= 3")
    app.click("#toggle")
    app.settle()
    stopped = clock(app)
    app.wait_for_timeout(500)
    app.settle()
    assert clock(app) == stopped
    assert int(stopped.removeprefix("Clock: ")) >= 3
