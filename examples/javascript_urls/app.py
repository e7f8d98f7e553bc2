# Script URLs in links, forms and frames: Dash renders about:blank in their place (any case,
# with spaces or control characters inside), and the script never runs.
from dash import Dash, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.A("plain", id="a1", href="javascript:window.__ran=1"),
    html.A("mixed case", id="a2", href="  JaVaScRiPt:window.__ran=1"),
    html.A("tab inside", id="a3", href="java\tscript:window.__ran=1"),
    dcc.Link("a dcc.Link", id="l1", href="javascript:window.__ran=1"),
    html.Form(id="f1", action="javascript:window.__ran=1"),
    html.Iframe(id="if1", src="javascript:window.__ran=1"),
    html.A("a real link", id="a4", href="#section"),
])

if __name__ == "__main__":
    app.run(debug=True)
