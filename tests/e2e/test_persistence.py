"""Persistence (examples/persistence): what a person typed or picked comes back after a reload
(localStorage by default, sessionStorage for persistence_type="session"), a prop without
`persistence` starts over, and a value a callback sets is kept the same way, as in Dash 4.4.1
(checked with --oracle)."""

from conftest import AppPage
from playwright.sync_api import expect


def pick(app, dropdown_id: str, option: str) -> None:
    app.click(f"#{dropdown_id}")
    app.get_by_role("option", name=option).click()
    app.settle()


def reload(app) -> None:
    app.reload()
    app.wait_ready()


def test_edits_come_back_after_a_reload(app_page):
    app = app_page("persistence")
    out = app.locator("#out")
    expect(out).to_have_text("name= colour=red plain=start")
    app.fill("#name", "Ada")
    app.fill("#plain", "typed")
    app.settle()
    pick(app, "colour", "blue")
    expect(out).to_have_text("name=Ada colour=blue plain=typed")
    reload(app)
    expect(out).to_have_text("name=Ada colour=blue plain=start")
    expect(app.locator("#name")).to_have_value("Ada")
    # the initial call saw the kept values
    assert app.calls()["show"] == 1


def test_a_callback_value_is_kept_and_session_storage_stays_in_its_tab(app_page):
    app = app_page("persistence")
    out = app.locator("#out")
    pick(app, "colour", "green")
    app.click("#reset")
    app.settle()
    expect(out).to_have_text("name=reset colour=green plain=start")
    reload(app)
    expect(out).to_have_text("name=reset colour=green plain=start")
    # Another tab shares localStorage, not sessionStorage.
    other = AppPage(app.context.new_page(), app.name, app.oracle)
    other.goto(app.url)
    other.wait_ready()
    expect(other.locator("#out")).to_have_text("name=reset colour=red plain=start")
