"""The html/dcc classes: Dash 4.4.1's names, argument order, namespaces and errors."""

from __future__ import annotations

import base64

import pytest

from pyclient.components import Component, dcc, html
from pyclient.components.html import Div, MapEl, ObjectEl, tag_name


def test_html_has_exactly_dash_441_elements():
    assert len(html.ELEMENTS) == 125
    assert all(hasattr(html, name) for name in html.__all__)
    assert set(html.ELEMENTS) <= set(html.__all__)
    for name in ("Div", "Button", "P", "H1", "H6", "Table", "Tr", "Th", "Td", "Pre", "Label",
                 "A", "Img", "MapEl", "ObjectEl", "Xmp", "Wbr", "Plaintext"):
        cls = html.ELEMENTS[name]
        assert getattr(html, name) is cls
        assert issubclass(cls, Component)
        assert cls._type == name
        assert cls._namespace == "dash_html_components"
    assert "Input" not in html.ELEMENTS  # Dash's html module has no Input element
    with pytest.raises(AttributeError, match="no element `Input`"):
        html.Input  # noqa: B018


def test_html_classes_are_readable_classes():
    assert Div is html.Div
    assert Div.__name__ == "Div" and Div.__qualname__ == "Div"
    assert Div.__module__ == "pyclient.components.html"
    assert repr(Div("x", id="a")) == "Div(children='x', id='a')"
    assert tag_name("MapEl") == "map" and tag_name("ObjectEl") == "object"
    assert MapEl._tag == "map" and ObjectEl._tag == "object" and html.H3._tag == "h3"


def test_html_positional_order_matches_dash():
    assert html.Div._prop_names[:6] == (
        "children", "id", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key"
    )
    assert html.Div._prop_names[6:] == (
        "accessKey", "className", "contentEditable", "dir", "draggable", "hidden", "lang",
        "role", "spellCheck", "style", "tabIndex", "title",
    )
    assert html.A._prop_names[6:14] == (
        "download", "href", "hrefLang", "media", "referrerPolicy", "rel", "shape", "target"
    )
    assert html.Label._prop_names[6] == "htmlFor"
    div = html.Div("hello", "my-id")
    assert div.to_plotly_json() == {
        "type": "Div", "namespace": "dash_html_components",
        "props": {"children": "hello", "id": "my-id"},
    }


def test_script_async_is_keyword_only():
    script = html.Script(**{"async": True, "src": "/x.js"})
    assert script.to_plotly_json()["props"] == {"async": True, "src": "/x.js"}
    assert html.Script._prop_names[-1] == "async"


def test_unknown_kwarg_names_component_and_prop():
    with pytest.raises(TypeError) as info:
        html.Div(colour="red", id="box")
    message = str(info.value)
    assert "html.Div" in message and '"box"' in message and "`colour`" in message
    assert "className" in message  # lists what is allowed
    with pytest.raises(TypeError, match=r"dcc\.Slider.*`values`"):
        dcc.Slider(values=3)


def test_data_and_aria_props_accepted_on_html_not_dcc():
    div = html.Div(**{"data-row": 3, "aria-label": "Row three"})
    assert div.to_plotly_json()["props"] == {"data-row": 3, "aria-label": "Row three"}
    with pytest.raises(TypeError, match="data-x"):
        dcc.Input(**{"data-x": 1})


def test_too_many_positional_and_duplicate_arguments():
    with pytest.raises(TypeError, match="at most 18 positional"):
        html.Div(*range(19))
    with pytest.raises(TypeError, match="two values for `children`"):
        html.Div("a", children="b")


def test_attribute_access_like_dash():
    div = html.Div(id="x")
    assert div.children is None
    div.children = ["a"]
    assert div.to_plotly_json()["props"]["children"] == ["a"]
    with pytest.raises(AttributeError, match="no property `colour`"):
        div.colour = 1
    with pytest.raises(AttributeError):
        div.colour  # noqa: B018


def test_ids_must_be_str_or_flat_dict():
    assert html.Div(id={"type": "inp", "index": 2}).id == {"type": "inp", "index": 2}
    with pytest.raises(TypeError, match="must be a string or a dict, not 5"):
        html.Div(id=5)
    with pytest.raises(TypeError, match="leave it out"):
        html.Div("x", None)
    with pytest.raises(TypeError, match="dict id"):
        html.Div(id={"a": {"b": 1}})


def test_dcc_has_all_dash_441_components():
    expected = {
        "Button", "Checklist", "Clipboard", "ConfirmDialog", "ConfirmDialogProvider",
        "DatePickerRange", "DatePickerSingle", "Download", "Dropdown", "Geolocation", "Graph",
        "Input", "Interval", "Link", "Loading", "Location", "Markdown", "RadioItems",
        "RangeSlider", "Slider", "Store", "Tab", "Tabs", "Textarea", "Tooltip", "Upload",
    }
    assert set(dcc.COMPONENTS) == expected
    assert all(hasattr(dcc, name) for name in dcc.__all__)
    for name in expected:
        cls = getattr(dcc, name)
        assert cls._namespace == "dash_core_components" and cls._type == name
        assert cls.__module__ == "pyclient.components.dcc" and cls.__qualname__ == name


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: dcc.Checklist(["a", "b"], ["a"]), {"options": ["a", "b"], "value": ["a"]}),
        (lambda: dcc.RadioItems(["a"], "a"), {"options": ["a"], "value": "a"}),
        (lambda: dcc.Dropdown(["x", "y"], "y"), {"options": ["x", "y"], "value": "y"}),
        (lambda: dcc.Input(3, "number"), {"value": 3, "type": "number"}),
        (lambda: dcc.Slider(0, 10, 1, {0: "0"}, 5),
         {"min": 0, "max": 10, "step": 1, "marks": {0: "0"}, "value": 5}),
        (lambda: dcc.RangeSlider(0, 10, 1, None, [2, 4]),
         {"min": 0, "max": 10, "step": 1, "marks": None, "value": [2, 4]}),
        (lambda: dcc.Textarea("text"), {"value": "text"}),
        (lambda: dcc.Markdown("# hi"), {"children": "# hi"}),
        (lambda: dcc.Store("s", "session", {"a": 1}),
         {"id": "s", "storage_type": "session", "data": {"a": 1}}),
        (lambda: dcc.Interval("tick", 500), {"id": "tick", "interval": 500}),
        (lambda: dcc.Tab("body", "Label", "t1"),
         {"children": "body", "label": "Label", "value": "t1"}),
        (lambda: dcc.Link("Home", "/"), {"children": "Home", "href": "/"}),
        (lambda: dcc.Graph("g"), {"id": "g"}),
        (lambda: dcc.DatePickerSingle("2024-01-02"), {"date": "2024-01-02"}),
    ],
)
def test_dcc_positional_order(call, expected):
    assert call().to_plotly_json()["props"] == expected


def test_dcc_required_arguments_as_in_dash():
    with pytest.raises(TypeError, match=r"dcc\.Store needs the `id` argument"):
        dcc.Store(data=1)
    with pytest.raises(TypeError, match=r"dcc\.Location needs the `id`"):
        dcc.Location()
    with pytest.raises(TypeError, match=r"dcc\.Link.*`href`"):
        dcc.Link("no href")


def test_nested_components_stay_objects_in_to_plotly_json():
    inner = html.Span("x")
    outer = html.Div([inner])
    assert outer.to_plotly_json()["props"]["children"][0] is inner


def test_send_string_and_bytes_shapes():
    assert dcc.send_string("héllo", "a.txt") == {
        "content": "héllo", "filename": "a.txt", "type": None, "base64": False,
    }
    assert dcc.send_string(lambda buf, x: buf.write(x), "a.txt", "text/plain", x="kw") == {
        "content": "kw", "filename": "a.txt", "type": "text/plain", "base64": False,
    }
    assert dcc.send_bytes(b"\x00\xffab", "a.bin") == {
        "content": "AP9hYg==", "filename": "a.bin", "type": None, "base64": True,
    }
    assert dcc.send_bytes(lambda buf: buf.write(b"xyz"), "b.bin")["content"] == "eHl6"


def test_send_file(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n1,2\n")
    sent = dcc.send_file(str(path))
    assert sent["filename"] == "data.csv" and sent["base64"] is True and sent["type"] is None
    assert base64.b64decode(sent["content"]) == b"a,b\n1,2\n"
    assert dcc.send_file(path, filename="x.csv", type="text/csv")["filename"] == "x.csv"


def test_send_data_frame_without_pandas():
    class Frame:
        def to_csv(self, buffer, index=True):
            buffer.write(f"a\n1\n{index}")

        def to_parquet(self, buffer):
            buffer.write(b"PQ")

        def to_latex(self, buffer):
            buffer.write("x")

    frame = Frame()
    assert dcc.send_data_frame(frame.to_csv, "f.csv", index=False)["content"] == "a\n1\nFalse"
    assert dcc.send_data_frame(frame.to_parquet, "f.pq") == {
        "content": "UFE=", "filename": "f.pq", "type": None, "base64": True,
    }
    with pytest.raises(ValueError, match="to_latex"):
        dcc.send_data_frame(frame.to_latex, "f.tex")
