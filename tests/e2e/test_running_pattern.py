"""running= with MATCH (checked on Dash 4.4.1 with --oracle): only the clicked row's button
goes disabled and back; asserted as the order of attribute changes."""

from playwright.sync_api import expect

WATCH = """() => {
  window.__disabled = [];
  document.querySelectorAll("button").forEach((button) => {
    new MutationObserver(() => window.__disabled.push([button.id, button.disabled]))
      .observe(button, {attributes: true, attributeFilter: ["disabled"]});
  });
}"""


def test_running_changes_only_the_matching_component(app_page):
    app = app_page("running_pattern")
    app.evaluate(WATCH)
    app.locator("button").nth(1).click()
    app.settle()
    expect(app.locator("span").nth(1)).to_have_text("done 1")
    expect(app.locator("span").nth(0)).to_have_text("idle")
    expect(app.locator("button").nth(1)).to_be_enabled()
    second = '{"index":1,"type":"run"}'
    changes = app.evaluate("window.__disabled")
    assert changes == [[second, True], [second, False]], changes
