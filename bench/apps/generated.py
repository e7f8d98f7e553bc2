"""Generated apps for bench/boot.py: N callbacks in N/4 chains of four links, all called on load."""

from pathlib import Path

TEMPLATE = '''from dash import Dash, Input, Output, callback, html

CHAINS = {chains}
app = Dash(__name__)
app.layout = html.Div([
    html.Div([html.Span(str(c), id=f"c{{c}}-l0"), *[html.Div(id=f"c{{c}}-l{{k}}") for k in range(1, 5)]])
    for c in range(CHAINS)
])


def make(c, k):
    @callback(Output(f"c{{c}}-l{{k}}", "children"), Input(f"c{{c}}-l{{k - 1}}", "children"))
    def step(value):
        return f"done {{c}}" if k == 4 else f"{{k}}:{{value}}"

    step.__name__ = f"c{{c}}_link{{k}}"


for c in range(CHAINS):
    for k in range(1, 5):
        make(c, k)
'''


def write(callbacks: int, folder: Path) -> Path:
    """An app with `callbacks` callbacks; when every initial call has run, the last link of each
    chain K shows "done K"."""
    path = folder / f"generated_{callbacks}" / "app.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(chains=callbacks // 4), encoding="utf-8")
    return path
