"""to_json_value / dumps / id_string: plain JSON out, or an error that says where and why."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
from collections import OrderedDict, namedtuple

import pytest

from pyclient.components import dcc, html
from pyclient.dependencies import id_string
from pyclient.jsonify import NotJSONError, dumps, to_json_value

WHERE = 'callback "update" output "out.children"'


def test_scalars_and_containers_pass_through():
    value = {"a": [1, 2.5, "x", None, True], "b": (1, 2)}
    assert to_json_value(value, WHERE) == {"a": [1, 2.5, "x", None, True], "b": [1, 2]}


def test_components_become_dash_shape_recursively():
    layout = html.Div([html.P("a", id="p"), dcc.Input(3, "number")], id="root")
    assert to_json_value(layout, WHERE) == {
        "type": "Div", "namespace": "dash_html_components",
        "props": {
            "id": "root",
            "children": [
                {"type": "P", "namespace": "dash_html_components",
                 "props": {"children": "a", "id": "p"}},
                {"type": "Input", "namespace": "dash_core_components",
                 "props": {"value": 3, "type": "number"}},
            ],
        },
    }


def test_dict_keys_are_converted_like_json_dumps():
    marks = {0: "zero", 2.5: "half", True: "t", None: "n"}
    assert to_json_value(marks, WHERE) == {"0": "zero", "2.5": "half", "true": "t", "null": "n"}


def test_subclasses_of_json_types():
    class Color(str, enum.Enum):
        RED = "red"

    class Level(enum.IntEnum):
        HIGH = 3

    point = namedtuple("Point", "x y")(1, 2)
    value = [Color.RED, Level.HIGH, point, OrderedDict(a=1)]
    assert to_json_value(value, WHERE) == ["red", 3, [1, 2], {"a": 1}]
    assert type(to_json_value(Level.HIGH, WHERE)) is int


def test_objects_with_to_plotly_json_like_figures():
    class Figure:
        def to_plotly_json(self):
            return {"data": [{"y": [1.0, float("nan"), 3.0],
                              "x": [datetime.date(2024, 1, 2)] * 3}], "layout": {}}

    converted = to_json_value({"figure": Figure()}, WHERE)
    # Plotly's own rules inside a figure: NaN -> null, dates -> ISO text.
    assert converted == {"figure": {"data": [{"y": [1.0, None, 3.0],
                                              "x": ["2024-01-02"] * 3}], "layout": {}}}


def test_set_error_names_where_path_type_and_fix():
    layout = ["a", "b", html.Div({1, 2})]
    with pytest.raises(NotJSONError) as info:
        to_json_value(layout, WHERE)
    message = str(info.value)
    assert message.startswith(WHERE)
    assert '[2]["props"]["children"]' in message
    assert "a set" in message
    assert "list()" in message
    assert "Return a str, number, list, dict or component" in message
    assert info.value.path == '[2]["props"]["children"]'
    assert info.value.type_name == "set"
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("value", "found", "fix"),
    [
        (datetime.datetime(2024, 1, 2), "datetime.datetime", "isoformat"),
        (decimal.Decimal("1.5"), "decimal.Decimal", "float()"),
        (b"raw", "bytes", "decode"),
        (float("nan"), "nan", "finite number"),
        (float("inf"), "inf", "finite number"),
        (object(), "object", "str()"),
        (range(3), "range", "list()"),
        (len, "builtin_function_or_method", "call it"),
    ],
)
def test_not_json_values(value, found, fix):
    with pytest.raises(NotJSONError) as info:
        to_json_value({"data": value}, WHERE)
    message = str(info.value)
    assert '["data"]' in message and found in message and fix in message


def test_custom_object_error_mentions_its_class():
    class Thing:
        pass

    with pytest.raises(NotJSONError, match=r"a .*Thing.*str\(\)"):
        to_json_value(Thing(), "the layout")


def test_bad_dict_key_and_cycles():
    with pytest.raises(NotJSONError, match="dict keys must be str or numbers"):
        to_json_value({(1, 2): "x"}, WHERE)
    loop: list = []
    loop.append(loop)
    with pytest.raises(NotJSONError, match="contains itself"):
        to_json_value(loop, WHERE)


def test_the_same_object_twice_is_not_a_cycle():
    shared = {"a": 1}
    assert to_json_value([shared, shared], WHERE) == [{"a": 1}, {"a": 1}]


def test_dumps_is_compact_and_keeps_non_ascii():
    assert dumps({"a": [1, "é"], "b": None}) == '{"a":[1,"é"],"b":null}'
    assert dumps(html.B("x")) == (
        '{"type":"B","namespace":"dash_html_components","props":{"children":"x"}}'
    )
    assert dumps([html.I(1)]) == (
        '[{"type":"I","namespace":"dash_html_components","props":{"children":1}}]'
    )


def test_dumps_errors_are_not_json_errors():
    with pytest.raises(NotJSONError, match=r"\[1\].*a set"):
        dumps([1, {2}], where=WHERE)
    with pytest.raises(NotJSONError, match="finite number"):
        dumps({"x": float("nan")})


def test_id_string():
    assert id_string("plain-id") == "plain-id"
    assert id_string({"type": "inp", "index": 2}) == '{"index":2,"type":"inp"}'
    assert id_string({"name": "café"}) == '{"name":"café"}'
    assert json.loads(id_string({"b": True, "a": 1.5})) == {"a": 1.5, "b": True}


def test_values_sent_to_the_browser_follow_dashs_encoder():
    """Layouts and callback results are encoded as Dash encodes them (plotly's rules)."""
    from pyclient import Dash, dcc
    from pyclient.outcome import split_return

    app = Dash(__name__)
    app.layout = dcc.DatePickerSingle(id="d", date=datetime.date(2017, 8, 25))
    assert app.spec()["layout"]["props"]["date"] == "2017-08-25"
    outputs = [{"id": "a", "property": "date"}, {"id": "b", "property": "children"},
               {"id": "c", "property": "children"}, {"id": "d", "property": "children"}]
    values = (datetime.date(2024, 1, 22), float("nan"), decimal.Decimal("1.5"),
              (1, datetime.datetime(2024, 1, 2, 3, 4, 5)))
    assert split_return("cb", "list", outputs, values) == [
        "2024-01-22", None, 1.5, [1, "2024-01-02T03:04:05"]]
    with pytest.raises(Exception, match="a set"):
        split_return("cb", "single", outputs[:1], {1, 2})
