"""Dicts of dependencies given positionally (examples/positional_groupings), as Dash 4.4.1
calls them (checked with --oracle): several groupings are one argument each, a single dict is
the whole signature (keyword arguments), and ctx.args_grouping mirrors the groupings."""

from playwright.sync_api import expect


def test_positional_dicts(app_page):
    app = app_page("positional_groupings")
    expect(app.locator("#several")).to_have_text('several: {"first": "x0", "kept": "y0"} z=z0')
    expect(app.locator("#single")).to_have_text("single: a=x0 b=z0")
    expect(app.locator("#grouping")).to_have_text(
        """grouping: {'left': 'x0'} {'right': 'y0'} {"0": ["left"], "1": ["right"]}""")
    app.fill("#z", "z1")
    app.settle()
    expect(app.locator("#several")).to_have_text('several: {"first": "x0", "kept": "y0"} z=z1')
    expect(app.locator("#single")).to_have_text("single: a=x0 b=z0")  # z is its State
    app.fill("#y", "y1")
    app.settle()
    expect(app.locator("#grouping")).to_have_text(
        """grouping: {'left': 'x0'} {'right': 'y1'} {"0": ["left"], "1": ["right"]}""")
    expect(app.locator("#several")).to_have_text('several: {"first": "x0", "kept": "y0"} z=z1')
