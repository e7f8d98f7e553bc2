# Dash Pages in one file: pages registered in the app file itself (pages_folder=""), links
# built from dash.page_registry, a title per page, and deep links to a page's own path.
import dash
from dash import Dash, dcc, html

app = Dash(__name__, use_pages=True, pages_folder="")

dash.register_page("home", path="/", title="Home page", name="Home",
                   layout=html.Div("This is home", id="home-body"))
dash.register_page("report", path="/report", title="Report page", name="Report",
                   layout=html.Div("This is the report", id="report-body"))

app.layout = html.Div([
    html.Div([dcc.Link(page["name"], href=page["relative_path"], id=f"link-{page['name']}")
              for page in dash.page_registry.values()], id="nav"),
    dash.page_container,
])

if __name__ == "__main__":
    app.run()
