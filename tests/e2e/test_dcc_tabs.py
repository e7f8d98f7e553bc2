"""dcc.Tabs / dcc.Tab: clicking a tab sets `value` and shows only that tab's children.

Dash 4.4.1's Tabs (drawn by its own bundle) renders <div class="tab"> inside the element with
the Tabs' id and the content in ".tab-content".
"""

from playwright.sync_api import expect


def tab(app, tabs_id, label):
    return app.locator(f"#{tabs_id} .tab", has_text=label)


def content(app, tabs_id):
    return app.locator(f"#{tabs_id}-parent > .tab-content")


def is_selected(app, tabs_id, label):
    return "tab--selected" in (tab(app, tabs_id, label).get_attribute("class") or "")


def test_tabs_show_the_selected_tab(app_page):
    app = app_page("dcc_tabs", share=True)
    expect(app.locator("#tabs-out")).to_have_text("Selected overview")
    expect(content(app, "tabs")).to_have_text("Overview content")
    assert is_selected(app, "tabs", "Overview")

    tab(app, "tabs", "Details").click()
    app.settle()
    expect(app.locator("#tabs-out")).to_have_text("Selected details")
    expect(content(app, "tabs")).to_contain_text("Details content")
    expect(app.locator("#details-input")).to_have_value("typed here")
    expect(app.get_by_text("Overview content")).to_have_count(0)
    assert is_selected(app, "tabs", "Details")
    assert not is_selected(app, "tabs", "Overview")

    # A disabled tab cannot be picked; the selected one again changes nothing.
    tab(app, "tabs", "Archive").click(force=True)
    tab(app, "tabs", "Details").click()
    app.settle()
    expect(app.locator("#tabs-out")).to_have_text("Selected details")
    expect(app.get_by_text("Old things")).to_have_count(0)
    assert app.calls()["selected"] == 2


def test_tabs_without_value_select_the_first(app_page):
    app = app_page("dcc_tabs", share=True)
    expect(app.locator("#plain-out")).to_have_text("Plain tabs: tab-1")
    expect(content(app, "plain")).to_have_text("First tab")
    # Tabs set `value` while mounting; the initial call already sees it (one call).
    assert app.calls()["plain"] == 1
    tab(app, "plain", "Two").click()
    app.settle()
    expect(app.locator("#plain-out")).to_have_text("Plain tabs: tab-2")
    expect(content(app, "plain")).to_have_text("Second tab")
