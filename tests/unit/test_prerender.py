"""The pre-rendered HTML: docs/dom.md's markup, escaped text, no javascript: URLs."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from pyclient.components import dcc, html
from pyclient.jsonify import to_json_value
from pyclient.prerender import js_number, render_html, style_to_css


def render(component) -> str:
    return render_html(to_json_value(component, "test layout"))


class _Collect(HTMLParser):
    """Start tags with their attributes, and all text, to assert on structure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    parser.close()
    return parser


def test_html_element_tag_id_class_and_children():
    markup = render(html.Div([html.H1("Title"), "text", 3, None, html.Br()],
                             id="root", className="box"))
    assert markup == '<div id="root" class="box"><h1>Title</h1>text3<br></div>'


def test_map_and_object_tags():
    assert render(html.MapEl("m", name="x")) == '<map name="x">m</map>'
    assert render(html.ObjectEl(data="/a.svg")) == '<object data="/a.svg"></object>'


def test_script_in_children_is_text():
    markup = render(html.Div("<script>alert(1)</script> & more", id="x"))
    assert markup == '<div id="x">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</div>'
    assert "<script" not in markup


def test_attribute_values_are_escaped():
    markup = render(html.Div(title='say "hi" <b>', id="a&b"))
    assert markup == '<div id="a&amp;b" title="say &quot;hi&quot; &lt;b&gt;"></div>'


def test_dict_id_is_compact_sorted_json():
    markup = render(html.Button("Go", id={"type": "btn", "index": 2, "name": "é"}))
    tag, attrs = parse(markup).tags[0]
    assert tag == "button"
    assert attrs["id"] == '{"index":2,"name":"é","type":"btn"}'


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "  JavaScript:alert(1)", "java\tscript:alert(1)",
            "\x01javascript:x"],
)
def test_javascript_urls_become_about_blank(url):
    # As Dash 4.4.1 renders them (seen on the oracle): links, forms and frames get about:blank;
    # other URL attributes are left out.
    markup = render(html.A("link", href=url, id="l"))
    assert markup == '<a id="l" href="about:blank">link</a>'
    assert render(html.Form(action=url)) == '<form action="about:blank"></form>'
    assert render(html.Iframe(src=url)) == '<iframe src="about:blank"></iframe>'
    assert render(html.Img(src=url)) == "<img>"


def test_safe_urls_are_kept():
    assert render(html.A("x", href="/page?a=1&b=2")) == '<a href="/page?a=1&amp;b=2">x</a>'
    assert render(dcc.Link("Home", href="/")) == '<a href="/">Home</a>'
    assert render(dcc.Link("Bad", href="javascript:void(0)")) == '<a href="about:blank">Bad</a>'


def test_style_conversion():
    style = {"fontSize": 12, "margin-top": "3px", "opacity": 0.5, "zIndex": 2,
             "fontWeight": 700, "flex": 1, "lineHeight": 1.5, "width": 0, "height": 1.5,
             "msTransform": "none", "WebkitBoxFlex": 1, "--gap": 4, "color": None}
    assert style_to_css(style) == (
        "font-size:12px;margin-top:3px;opacity:0.5;z-index:2;font-weight:700;flex:1;"
        "line-height:1.5;width:0;height:1.5px;-ms-transform:none;-webkit-box-flex:1;--gap:4"
    )
    assert style_to_css({"border-width": 2, "line-height": 2}) == "border-width:2px;line-height:2"
    markup = render(html.P("x", style={"backgroundColor": "red", "padding": 4}))
    assert markup == '<p style="background-color:red;padding:4px">x</p>'


def test_boolean_and_enumerated_attributes():
    markup = render(html.Button("b", disabled=True, hidden=False, draggable="true"))
    assert markup == '<button disabled draggable="true">b</button>'
    assert render(html.Details(open=True)) == "<details open></details>"
    markup = render(html.Div(**{"data-on": True, "aria-hidden": False}))
    assert markup == '<div data-on="true" aria-hidden="false"></div>'
    assert render(html.A(download=True)) == "<a download></a>"
    assert render(html.A(download="f.csv")) == '<a download="f.csv"></a>'


def test_react_attribute_names():
    assert render(html.Label("L", htmlFor="in")) == '<label for="in">L</label>'
    assert render(html.Td("x", colSpan=2)) == '<td colspan="2">x</td>'
    markup = render(html.Div(tabIndex=0, n_clicks=3, key="k", disable_n_clicks=True))
    assert markup == '<div tabindex="0"></div>'


def test_numbers_are_written_like_javascript():
    assert [js_number(v) for v in (1, 1.0, 2.5, 1e-7, 1e21, 1e16, -0.5, 0.000001, 123456789.0)] \
        == ["1", "1", "2.5", "1e-7", "1e+21", "10000000000000000", "-0.5", "0.000001",
            "123456789"]
    assert render(html.Span(3.0)) == "<span>3</span>"


def test_void_and_text_only_elements():
    assert render(html.Hr(id="h")) == '<hr id="h">'
    assert render(html.Img(src="/a.png", alt="A")) == '<img src="/a.png" alt="A">'
    assert render(html.Textarea("\nline <b>")) == "<textarea>\n\nline &lt;b&gt;</textarea>"
    assert render(html.Pre("\ncode")) == "<pre>\n\ncode</pre>"
    assert render(html.Pre(["a", "\nb"])) == "<pre>a\nb</pre>"
    assert render(html.Script("alert(1)", id="s")) == ""  # never runs from pre-render
    assert render(html.Plaintext("x")) == ""


def test_unknown_components_render_children_only():
    node = {"type": "Mystery", "namespace": "some_lib", "props": {"children": ["a", {
        "type": "B", "namespace": "dash_html_components", "props": {"children": "b"}}]}}
    assert render_html(node) == "a<b>b</b>"
    assert render_html([html.I("1").to_plotly_json(), "2"]) == "<i>1</i>2"
    # A plain dict in children is shown as JSON text (as the live renderer does).
    assert render_html({"a": "<b>", "n": [1]}) == '{"a":"&lt;b&gt;","n":[1]}'


def test_store_location_interval_render_nothing():
    layout = html.Div([dcc.Store(id="s", data=[1]), dcc.Location(id="url"),
                       dcc.Interval(id="t")], id="r")
    assert render(layout) == '<div id="r"></div>'


def test_dcc_input_is_the_input_element():
    assert render(dcc.Input(id="in", value="hi", placeholder="Type")) == (
        '<input id="in" type="text" value="hi" placeholder="Type" step="any" '
        'autocomplete="off" inputmode="verbatim">'
    )
    assert render(dcc.Input(5.0, "number", id="n", min=0, step=0.5, debounce=True,
                            autoComplete="on")) == (
        '<input id="n" type="number" value="5" min="0" step="0.5" autocomplete="on" '
        'inputmode="verbatim">'
    )


def test_dcc_textarea():
    assert render(dcc.Textarea(id="t", value="a <b>", rows=3)) == (
        '<textarea id="t" rows="3">a &lt;b&gt;</textarea>'
    )


def test_checklist_markup():
    markup = render(dcc.Checklist(["New York", "Montréal"], ["Montréal"], id="cities",
                                  className="c"))
    assert markup == (
        '<div id="cities" class="c">'
        '<label style="display:block"><input type="checkbox" value="New York">New York</label>'
        '<label style="display:block"><input type="checkbox" value="Montréal" checked>'
        "Montréal</label></div>"
    )


def test_radioitems_markup_inline_dict_options_and_disabled():
    markup = render(dcc.RadioItems(
        [{"label": "One", "value": 1}, {"label": "Two", "value": 2, "disabled": True}], 1,
        id="r", inline=True, labelStyle={"marginRight": 8}))
    assert markup == (
        '<div id="r"><label style="margin-right:8px"><input type="radio" value="1" checked>'
        'One</label><label style="margin-right:8px"><input type="radio" value="2" disabled>'
        "Two</label></div>"
    )
    markup = render(dcc.RadioItems({"a": "Alpha"}, "a", id="d"))
    assert 'value="a" checked>Alpha</label>' in markup


def test_option_values_compare_like_javascript():
    # True is not 1: a Checklist with value [True] does not check the option 1.
    markup = render(dcc.Checklist([1, True], [True], id="c"))
    inputs = [attrs for tag, attrs in parse(markup).tags if tag == "input"]
    assert "checked" not in inputs[0] and "checked" in inputs[1]
    assert inputs[1]["value"] == "true"


def test_dropdown_single_shows_label_and_clear():
    markup = render(dcc.Dropdown([{"label": "New York", "value": "NYC"}, "MTL"], "NYC",
                                 id="dd"))
    assert markup == (
        '<div id="dd" class="pyclient-dropdown" role="combobox" aria-expanded="false" '
        'aria-haspopup="listbox" tabindex="0"><span class="pyclient-dropdown-value">New York'
        '</span><button type="button" class="pyclient-dropdown-clear" aria-label="Clear all">'
        "\u00d7</button></div>"
    )


def test_dropdown_placeholder_and_not_clearable():
    markup = render(dcc.Dropdown(["a"], None, id="dd", placeholder="Pick <one>"))
    assert '<span class="pyclient-dropdown-placeholder">Pick &lt;one&gt;</span>' in markup
    assert "Clear all" not in markup
    markup = render(dcc.Dropdown(["a"], "a", id="dd", clearable=False))
    assert "Clear all" not in markup and ">a</span>" in markup


def test_dropdown_multi_chips():
    markup = render(dcc.Dropdown(["a", "b", "c"], ["c", "a"], multi=True, id="m"))
    parsed = parse(markup)
    chips = [attrs for tag, attrs in parsed.tags if attrs.get("class") == "pyclient-dropdown-chip"]
    assert len(chips) == 2
    removes = [attrs["aria-label"] for tag, attrs in parsed.tags
               if attrs.get("class") == "pyclient-dropdown-remove"]
    assert removes == ["Remove c", "Remove a"]
    assert parsed.tags[0][1]["role"] == "combobox"


def test_slider_markup_with_marks():
    markup = render(dcc.Slider(0, 20, None, {i: str(i) for i in (20, 0, 10, 30)}, 3, id="s"))
    assert markup == (
        '<div id="s" class="pyclient-slider"><input type="range" min="0" max="20" step="any" '
        'value="3"><span class="pyclient-mark" style="left:0%">0</span>'
        '<span class="pyclient-mark" style="left:50%">10</span>'
        '<span class="pyclient-mark" style="left:100%">20</span></div>'
    )


def test_slider_defaults_and_styled_marks():
    markup = render(dcc.Slider(id="s", min=1, max=5, value=1,
                               marks={"1": {"label": "One", "style": {"color": "red"}}}))
    assert 'step="1"' in markup  # integer range without a step: step 1, as in Dash
    assert '<span class="pyclient-mark" style="color:red;left:0%">One</span>' in markup


def test_range_slider_has_two_inputs():
    markup = render(dcc.RangeSlider(0, 10, 1, value=[2, 7], id="rs", className="wide"))
    ranges = [attrs for tag, attrs in parse(markup).tags if attrs.get("type") == "range"]
    assert [r["value"] for r in ranges] == ["2", "7"]
    assert parse(markup).tags[0][1]["class"] == "pyclient-slider wide"


def test_markdown_is_escaped_text():
    markup = render(dcc.Markdown("""
        # Title
        <script>x</script>
    """, id="md"))
    assert markup == (
        '<div id="md" class="pyclient-markdown"># Title\n&lt;script&gt;x&lt;/script&gt;</div>'
    )


def test_tabs_show_labels_and_selected_content():
    markup = render(dcc.Tabs([dcc.Tab("first", label="A", value="a"),
                              dcc.Tab(html.P("second"), label="B", value="b")],
                             value="b", id="tabs"))
    parsed = parse(markup)
    tabs = [attrs for tag, attrs in parsed.tags if attrs.get("role") == "tab"]
    assert [t["aria-selected"] for t in tabs] == ["false", "true"]
    assert "second" in parsed.text and "first" not in parsed.text
    assert parsed.tags[0][1]["id"] == "tabs"


def test_graph_is_an_empty_box_as_tall_as_the_plot():
    plot = '<div class="pyclient-graph-plot" style="height:100%;width:100%"></div>'
    assert render(dcc.Graph(id="g")) == (
        f'<div id="g" class="pyclient-graph" style="height:450px">{plot}</div>'
    )
    assert render(dcc.Graph(id="g", figure={"data": [], "layout": {"height": 320}},
                            className="wide", style={"width": "50%"})) == (
        f'<div id="g" class="pyclient-graph wide" style="height:320px;width:50%">{plot}</div>'
    )
    assert render(dcc.Graph(id="g", style={"height": "30vh"})) == (
        f'<div id="g" class="pyclient-graph" style="height:30vh">{plot}</div>'
    )
    # responsive: 100% of the parent, as Dash; layout.height is then ignored.
    assert render(dcc.Graph(id="g", responsive=True, figure={"layout": {"height": 320}})) == (
        f'<div id="g" class="pyclient-graph" style="height:100%">{plot}</div>'
    )


def test_button_is_a_button_of_type_button():
    assert render(dcc.Button("Go", id="b", n_clicks=3, className="big")) == (
        '<button id="b" class="big" type="button">Go</button>'
    )
    assert render(dcc.Button("Send", type="submit", disabled=True)) == (
        '<button type="submit" disabled>Send</button>'
    )


def test_link_shows_href_without_children():
    assert render(dcc.Link(href="/page-2", id="l")) == '<a id="l" href="/page-2">/page-2</a>'
    assert render(dcc.Link(href="javascript:alert(1)")) == '<a href="about:blank">about:blank</a>'


def test_tabs_default_value_width_and_disabled():
    markup = render(dcc.Tabs([dcc.Tab("one", label="A"),
                              dcc.Tab("two", label="B", disabled=True, width=120,
                                      disabled_className="off")], id="t", vertical=True))
    parsed = parse(markup)
    assert parsed.tags[0] == ("div", {"id": "t", "class": "pyclient-tabs pyclient-tabs-vertical"})
    tabs = [attrs for tag, attrs in parsed.tags if attrs.get("role") == "tab"]
    assert [t["aria-selected"] for t in tabs] == ["true", "false"]  # no value: the first tab
    assert tabs[1]["class"] == "pyclient-tab off"
    assert tabs[1]["style"] == "width:120px;flex:none"
    assert "disabled" in tabs[1]
    assert ("div", {"role": "tabpanel", "class": "pyclient-tab-content"}) in parsed.tags
    assert "one" in parsed.text and "two" not in parsed.text


def test_loading_shows_the_spinner_initially():
    assert render(dcc.Loading(html.P("x"), id="l")) == (
        '<div id="l" class="pyclient-loading">'
        '<div class="pyclient-loading-content" style="visibility:hidden"><p>x</p></div>'
        '<div class="pyclient-spinner-box"><div class="pyclient-spinner pyclient-spinner-default"'
        ' role="status" aria-label="Loading"></div></div></div>'
    )
    assert render(dcc.Loading("x", show_initially=False, parent_className="p")) == (
        '<div class="pyclient-loading p"><div class="pyclient-loading-content">x</div></div>'
    )
    markup = render(dcc.Loading("x", display="show", show_initially=False, type="dot",
                                color="red", overlay_style={"opacity": 0.5}))
    assert 'style="visibility:hidden;opacity:0.5"' in markup
    assert 'class="pyclient-spinner pyclient-spinner-dot" role="status"' in markup
    assert 'style="color:red"' in markup
    assert "pyclient-spinner" not in render(dcc.Loading("x", display="hide"))


def test_clipboard_is_a_button_with_an_icon():
    markup = render(dcc.Clipboard(id="c", target_id="x"))
    assert markup.startswith(
        '<button type="button" id="c" class="pyclient-clipboard" aria-label="Copy">'
        '<svg class="pyclient-icon"')
    assert render(dcc.Clipboard("Copy it", title="t")) == (
        '<button type="button" class="pyclient-clipboard" title="t">Copy it</button>'
    )


def test_date_pickers_are_native_date_inputs():
    assert render(dcc.DatePickerSingle("2024-05-01T00:00:00", id="d",
                                       max_date_allowed="2024-12-31")) == (
        '<input type="date" value="2024-05-01" max="2024-12-31" aria-label="Select Date" '
        'id="d">'
    )
    markup = render(dcc.DatePickerRange(start_date="2024-01-01", id="r", start_date_id="s",
                                        end_date_placeholder_text="Until", disabled=True))
    assert markup == (
        '<div id="r" class="pyclient-daterange">'
        '<input type="date" value="2024-01-01" aria-label="Start Date" disabled id="s">'
        '<span class="pyclient-daterange-arrow" aria-hidden="true">\u2192</span>'
        '<input type="date" placeholder="Until" aria-label="Until" disabled></div>'
    )


def test_tooltip_box_at_bbox():
    hidden = render(dcc.Tooltip("tip", id="t"))  # no bbox: hidden, as in Dash
    assert 'display:none' in hidden and '<div id="t" role="tooltip"' in hidden
    markup = render(dcc.Tooltip("tip", id="t", bbox={"x0": 1, "y0": 2.5, "x1": 11, "y1": 4.5},
                                direction="top", zindex=5, background_color="#eee"))
    assert markup == (
        '<div class="pyclient-tooltip-box" style="top:2.5px;left:1px;width:10px;height:2px;'
        'display:block;z-index:5;pointer-events:none"><div id="t" role="tooltip" '
        'class="pyclient-tooltip pyclient-tooltip-top" style="background-color:#eee">tip</div>'
        '</div>'
    )
    assert "display:none" in render(dcc.Tooltip("tip", show=False, bbox={"x0": 1}))


def test_upload_holds_children_and_a_hidden_file_input():
    assert render(dcc.Upload(html.B("Drop"), id="u", accept=".csv", multiple=True)) == (
        '<div id="u" class="pyclient-upload"><b>Drop</b>'
        '<input type="file" hidden accept=".csv" multiple></div>'
    )
    disabled = render(dcc.Upload("x", disabled=True, className_disabled="off"))
    assert disabled == (
        '<div style="opacity:0.5" class="pyclient-upload off" aria-disabled="true">x'
        '<input type="file" hidden disabled></div>'
    )


def test_confirm_dialogs():
    assert render(dcc.ConfirmDialog(id="c", message="Sure?", displayed=True)) == ""
    assert render(dcc.ConfirmDialogProvider(html.Button("b"), id="c")) == (
        '<div id="c"><button>b</button></div>'
    )
