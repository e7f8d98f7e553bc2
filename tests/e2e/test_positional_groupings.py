"""Dicts of dependencies given positionally (examples/positional_groupings), as Dash 4.4.1
calls them (checked with --oracle): several groupings are one argument each, a single dict is
the whole signature (keyword arguments), and ctx.args_grouping mirrors the groupings."""


def test_positional_dicts(dash_app):
    app = dash_app("positional_groupings")
    assert app.text("several") == 'several: {"first": "x0", "kept": "y0"} z=z0'
    assert app.text("single") == "single: a=x0 b=z0"
    assert app.text("grouping") == (
        """grouping: {'left': 'x0'} {'right': 'y0'} {"0": ["left"], "1": ["right"]}""")
    app.fill("z", "z1")
    assert app.text("several") == 'several: {"first": "x0", "kept": "y0"} z=z1'
    assert app.text("single") == "single: a=x0 b=z0"  # z is its State
    app.fill("y", "y1")
    assert app.text("grouping") == (
        """grouping: {'left': 'x0'} {'right': 'y1'} {"0": ["left"], "1": ["right"]}""")
    assert app.text("several") == 'several: {"first": "x0", "kept": "y0"} z=z1'
