"""dcc.Markdown: formatted text; raw HTML is shown as text and never runs."""

from playwright.sync_api import expect


def test_markdown_renders_and_raw_html_stays_text(app_page):
    app = app_page("dcc_markdown", share=True)
    notes = app.locator("#notes")
    expect(notes.locator("h1")).to_have_text("Release notes")
    expect(notes.locator("em")).to_have_text("emphasis")
    expect(notes.locator("strong")).to_have_text("strong")
    expect(notes.locator("code")).to_have_text("code")
    expect(notes.locator("li")).to_have_text(["first item", "second item"])
    expect(notes).to_contain_text(
        "Raw <b>bold</b> and <script>window.hacked = true</script> stay text.")
    expect(notes.locator("b, script")).to_have_count(0)
    assert app.evaluate("window.hacked") is None
    expect(notes.get_by_role("link", name="A safe link")).to_have_attribute(
        "href", "https://example.com/docs")
    # The javascript: link never becomes a link that runs it (Dash: href="javascript:void(0)",
    # pyclient: the Markdown source stays text).
    expect(notes.locator("a[href*='alert']")).to_have_count(0)


def test_markdown_set_by_a_callback(app_page):
    app = app_page("dcc_markdown", share=True)
    preview = app.locator("#preview")
    expect(preview.locator("em")).to_have_text("world")
    app.fill("#source", "**bold** <i>x</i>")
    app.settle()
    expect(preview.locator("strong")).to_have_text("bold")
    expect(preview).to_have_text("bold <i>x</i>")
    expect(preview.locator("i")).to_have_count(0)
