"""Placement: which callbacks run on the server, and what the browser's copy of a module keeps."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from pyclient.placement import PlacementError, plan_app

PANDAS_APP = '''
import os
from dash import Dash, html, dcc, Input, Output, callback
import pandas as pd
import plotly.express as px

TOKEN = os.environ.get("TOKEN", "")
df = pd.read_csv("data.csv")  # CANARY_COMMENT
countries = sorted(df.country.unique())
COLORS = {"a": "red"}


def filter_frame(country):
    """CANARY_HELPER"""
    return df[df.country == country]


def fmt(value):
    return f"{value:.1f} CANARY_FMT"


def title_for(country):
    return f"Data for {country}"


app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(countries, "Canada", id="country"), html.Div(id="out"),
                       html.Div(id="title"), dcc.Graph(id="graph")])


@callback(Output("graph", "figure"), Input("country", "value"))
def update_graph(country):
    "CANARY_BODY"
    return px.line(filter_frame(country), x="year", y="pop")


@callback(Output("out", "children"), Input("country", "value"))
def summary(country):
    return fmt(filter_frame(country)["pop"].mean())


@callback(Output("title", "children"), Input("country", "value"))
def title(country): return title_for(country) + COLORS["a"]


@callback(Output("title", "title"), Input("country", "value"), server=True)
def marked(country):
    return "CANARY_MARKED"


if __name__ == "__main__":
    app.run(debug=True)
'''


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def lines_of(source: str, *names: str) -> dict[str, int]:
    """First line (decorator) of each named function in the source."""
    tree = ast.parse(source)
    return {
        n.name: min([n.lineno] + [d.lineno for d in n.decorator_list])
        for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in names
    }


def test_pandas_app_is_split_per_callback(tmp_path):
    app = write(tmp_path, "app.py", PANDAS_APP)
    plan = plan_app(app)[app.resolve()]
    at = lines_of(plan.source, "update_graph", "summary", "title", "marked")
    assert plan.server_callbacks == {
        at["update_graph"]: "uses filter_frame (line 12), which uses df, which needs pandas",
        at["summary"]: "uses filter_frame (line 12), which uses df, which needs pandas",
        at["marked"]: "marked server=True",
    }
    assert plan.browser_callbacks == {at["title"]}
    assert set(plan.server_names) == {"pd", "px", "TOKEN", "df", "countries", "filter_frame"}
    assert plan.layout_removed
    browser = plan.browser_source
    # Line numbers are kept, the copy compiles, and nothing of the server's part is left.
    assert browser.count("\n") == plan.source.count("\n")
    compile(browser, "app.py", "exec")
    for gone in ("CANARY", "pandas", "plotly.express", "read_csv", "os.environ", "data.csv",
                 "def filter_frame", "def fmt", "app.layout"):
        assert gone not in browser
    for kept in ("def title_for", 'COLORS = {"a": "red"}', "app = Dash(__name__)",
                 "def title(country): return title_for(country)", "@callback(Output(\"graph\""):
        assert kept in browser
    assert "data.csv" in plan.server_strings and "data.csv" not in plan.browser_strings


def test_a_local_name_is_not_the_module_name(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, Input, Output, callback
        import pandas as pd
        df = pd.DataFrame({"a": [1]})
        app = Dash(__name__)

        @callback(Output("o", "children"), Input("i", "value"))
        def local(value):
            df = [value]  # its own df, not the module's
            return str(df)
    ''')
    plan = plan_app(app)[app.resolve()]
    assert plan.server_callbacks == {}
    assert len(plan.browser_callbacks) == 1


def test_an_import_inside_a_callback_places_it(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, Input, Output, callback
        app = Dash(__name__)

        @callback(Output("o", "children"), Input("i", "value"))
        def stats(value):
            import numpy as np
            return float(np.mean(value))
    ''')
    plan = plan_app(app)[app.resolve()]
    assert list(plan.server_callbacks.values()) == ["imports numpy (line 6)"]
    assert "numpy" not in plan.browser_source


def test_secrets_stay_on_the_server(tmp_path):
    app = write(tmp_path, "app.py", '''
        import os
        from dash import Dash, Input, Output, callback
        API_KEY = os.environ["API_KEY"]
        app = Dash(__name__)

        @callback(Output("o", "children"), Input("i", "value"))
        def ask(value):
            return f"{API_KEY[:2]}{value}"

        @callback(Output("p", "children"), Input("i", "value"))
        def direct(value):
            return os.getenv("OTHER", "")
    ''')
    plan = plan_app(app)[app.resolve()]
    assert sorted(plan.server_callbacks.values()) == [
        "reads a secret from os.environ",
        "uses API_KEY (line 3), which needs a secret from os.environ",
    ]
    assert "API_KEY =" not in plan.browser_source


def test_names_from_a_local_module(tmp_path):
    write(tmp_path, "utils/data.py", '''
        import pandas as pd
        frame = pd.DataFrame({"x": [1, 2]})
        LABEL = "plain"
    ''')
    write(tmp_path, "utils/__init__.py", "")
    app = write(tmp_path, "app.py", '''
        from dash import Dash, Input, Output, callback
        from utils.data import frame, LABEL
        app = Dash(__name__)

        @callback(Output("o", "children"), Input("i", "value"))
        def total(value):
            return int(frame.x.sum())

        @callback(Output("p", "children"), Input("i", "value"))
        def label(value):
            return LABEL
    ''')
    plans = plan_app(app)
    plan = plans[app.resolve()]
    assert list(plan.server_callbacks.values()) == [
        "uses frame (line 2), which uses utils.data.frame, which needs pandas"
    ]
    assert len(plan.browser_callbacks) == 1
    data = plans[(tmp_path / "utils/data.py").resolve()]
    assert "LABEL" in data.browser_source and "pandas" not in data.browser_source


def test_a_helper_both_sides_use_is_kept(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, Input, Output, callback
        import pandas as pd
        app = Dash(__name__)

        def fmt(x):
            return f"{x:.1f}"

        @callback(Output("o", "children"), Input("i", "value"))
        def mean(value):
            return fmt(pd.Series(value).mean())

        @callback(Output("p", "children"), Input("i", "value"))
        def plain(value):
            return fmt(len(value))
    ''')
    plan = plan_app(app)[app.resolve()]
    assert "def fmt" in plan.browser_source
    assert len(plan.server_callbacks) == 1 and len(plan.browser_callbacks) == 1


def test_plain_modules_are_unchanged(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, html
        app = Dash(__name__)
        app.layout = html.Div("hi")
    ''')
    plan = plan_app(app)[app.resolve()]
    assert not plan.changed and not plan.server_callbacks and not plan.layout_removed


def test_the_app_made_from_server_values_is_an_error(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash
        import pandas as pd
        title = pd.__version__
        app = Dash(__name__, title=title)
    ''')
    with pytest.raises(PlacementError, match=r"app.py:4: the Dash app is created with title"):
        plan_app(app)


def test_a_decorator_needing_the_server_is_an_error(tmp_path):
    app = write(tmp_path, "app.py", '''
        from dash import Dash, Input, Output, callback
        import pandas as pd
        df = pd.DataFrame({"c": ["a"]})
        app = Dash(__name__)

        @callback(Output(df.c[0], "children"), Input("i", "value"))
        def f(value):
            return value
    ''')
    with pytest.raises(PlacementError, match=r'app.py:6: .*callback "f" use df'):
        plan_app(app)


def test_a_manager_built_from_secrets_becomes_none_in_the_browser(tmp_path):
    app = write(tmp_path, "app.py", '''
        import os
        from celery import Celery
        from dash import CeleryManager, Dash
        broker = os.environ["REDIS_URL"]
        manager = CeleryManager(Celery(__name__, broker=broker))
        app = Dash(__name__, title="Jobs",
                   background_callback_manager=manager)
    ''')
    plan = plan_app(app)[app.resolve()]
    assert "REDIS_URL" not in plan.browser_source
    assert 'app = Dash(__name__, title="Jobs",\n' in plan.browser_source
    assert "background_callback_manager=None)" in plan.browser_source
    assert plan.browser_source.count("\n") == plan.source.count("\n")
    compile(plan.browser_source, "app.py", "exec")
