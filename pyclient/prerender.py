"""Pre-render a layout (Dash's JSON shape) to the HTML that docs/dom.md describes.

The page shows the layout before Python or the renderer has loaded, so the markup here is the
same the live Preact renderers make. Text is always escaped, `javascript:` URLs are dropped and
only known attributes are written. Written by hand: the element table is Dash's, not a template
engine's. Elements the HTML parser would turn into raw text that swallows the rest of the page
(`<script>`, `<plaintext>`) are left to the live renderer.
"""

from __future__ import annotations

import html as _html
import json
import math
import re
import textwrap
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .components.dcc import COMPONENTS as _DCC
from .components.html import ELEMENTS as _HTML
from .components.html import tag_name
from .jsonify import id_string

__all__ = ["js_number", "render_html", "style_to_css"]

HTML_NS = "dash_html_components"
DCC_NS = "dash_core_components"

# Props that are state or Dash bookkeeping, never attributes.
_NOT_ATTRIBUTES = {
    "children", "id", "style", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key",
    "loading_state", "setProps", "componentPath", "persistence", "persisted_props",
    "persistence_type", "n_blur", "n_blur_timestamp", "n_submit", "n_submit_timestamp",
    "debounce", "selectionStart", "selectionEnd", "selectionDirection",
}
_RENAMED = {
    "className": "class", "htmlFor": "for", "acceptCharset": "accept-charset",
    "httpEquiv": "http-equiv",
}
_BOOLEAN = {
    "allowfullscreen", "async", "autofocus", "autoplay", "checked", "controls", "default",
    "defer", "disabled", "formnovalidate", "hidden", "loop", "multiple", "muted",
    "novalidate", "open", "playsinline", "readonly", "required", "reversed", "selected",
}
_ENUMERATED = {"draggable", "spellcheck", "contenteditable"}  # booleans written "true"/"false"
_OVERLOADED = {"download", "capture"}  # true -> bare attribute, a string -> its value
_URLS = {"href", "src", "action", "formaction", "data", "poster", "cite", "background"}
_BLANKED = {"href", "action", "formaction"}
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "keygen", "param",
}
_NEVER = {"script", "plaintext"}  # would run, or swallow the rest of the page: live only
_RAW_TEXT = {"xmp", "noscript", "iframe", "noembed", "noframes"}  # children: live renderer
_TEXT_ONLY = {"textarea", "title"}  # parsed as text: only string children are written
_DROPS_NEWLINE = {"pre", "listing", "textarea"}
_ATTR_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.:-]*$")
_CSS_NAME = re.compile(r"^-{0,2}[A-Za-z][A-Za-z0-9_-]*$")

# CSS properties React writes bare numbers for (everything else gets "px").
_UNITLESS_BASE = ["animationIterationCount", "aspectRatio", "borderImageOutset", "borderImageSlice", "borderImageWidth", "boxFlex", "boxFlexGroup", "boxOrdinalGroup", "columnCount", "columns", "flex", "flexGrow", "flexPositive", "flexShrink", "flexNegative", "flexOrder", "gridArea", "gridRow", "gridRowEnd", "gridRowSpan", "gridRowStart", "gridColumn", "gridColumnEnd", "gridColumnSpan", "gridColumnStart", "fontWeight", "lineClamp", "lineHeight", "opacity", "order", "orphans", "scale", "tabSize", "widows", "zIndex", "zoom", "fillOpacity", "floodOpacity", "stopOpacity", "strokeDasharray", "strokeDashoffset", "strokeMiterlimit", "strokeOpacity", "strokeWidth"]
_UNITLESS = set(_UNITLESS_BASE) | {
    prefix + name[0].upper() + name[1:]
    for prefix in ("Webkit", "ms", "Moz", "O")
    for name in _UNITLESS_BASE
}


# --- values -----------------------------------------------------------------------------------

def js_number(value: float) -> str:
    """A number as JavaScript's String(n) writes it (1.0 -> "1", 1e-7 -> "1e-7")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    power = int(exponent)
    if -7 < power < 21:
        return format(Decimal(text), "f")
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"


def _text(value: Any) -> str | None:
    """What a JSON scalar shows as text in the browser (None for nothing)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return js_number(value)
    return None


def _safe_url(value: str) -> bool:
    # Browsers ignore control characters and spaces in a scheme: drop them all before looking
    # (the live renderer's safeUrl does the same).
    cleaned = re.sub(r"[\x00-\x20\x7f-\x9f]", "", value)
    return not cleaned.lower().startswith("javascript:")


def _css_name(key: str) -> str:
    if "-" in key:
        return key
    kebab = re.sub(r"[A-Z]", lambda m: "-" + m.group().lower(), key)
    return "-" + kebab if kebab.startswith("ms-") else kebab


def _camel(key: str) -> str:
    if "-" not in key:
        return key
    parts = [p for p in key.split("-") if p]
    if not parts:
        return key
    first = parts[0]
    if key.startswith("-") and first != "ms":
        first = first.capitalize()
    return first + "".join(p.capitalize() for p in parts[1:])


def style_to_css(style: Any) -> str:
    """A Dash/React style dict as CSS text: camelCase -> kebab-case, numbers get px per React."""
    if not isinstance(style, dict):
        return ""
    parts = []
    for key, value in style.items():
        if not isinstance(key, str) or not _CSS_NAME.match(key):
            continue
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            if isinstance(value, float) and not math.isfinite(value):
                continue
            text = js_number(value)
            if value != 0 and not key.startswith("--") and _camel(key) not in _UNITLESS:
                text += "px"
        elif isinstance(value, str):
            text = value.strip()
        else:
            continue
        if text:
            parts.append(f"{_css_name(key)}:{text}")
    return ";".join(parts)


def _attr(name: str, value: Any) -> str:
    """` name="value"`, ` name` or "" (omitted), with React's rules for booleans and URLs."""
    if value is None or not _ATTR_NAME.match(name):
        return ""
    lower = name.lower()
    if lower.startswith("on"):
        return ""  # event handlers never come from data
    loose = lower in _ENUMERATED or lower.startswith(("data-", "aria-"))
    if lower in _BOOLEAN and not loose:
        return f" {name}" if isinstance(value, (bool, str, int, float)) and value else ""
    if isinstance(value, bool):
        if loose:
            return f' {name}="{"true" if value else "false"}"'
        return f" {name}" if value and lower in _OVERLOADED else ""
    text = _text(value)
    if text is None:
        return ""
    if lower in _URLS and not _safe_url(text):
        # Dash puts about:blank where a link, form or frame would run a script; other URL
        # attributes are left out (they run nothing, but neither do they need it).
        return f' {name}="about:blank"' if lower in _BLANKED else ""
    return f' {name}="{_html.escape(text, quote=True)}"'


def _attrs(pairs: list[tuple[str, Any]]) -> str:
    out = []
    for name, value in pairs:
        if name == "style":
            css = style_to_css(value)
            out.append(f' style="{_html.escape(css, quote=True)}"' if css else "")
        elif name == "id":
            if isinstance(value, (str, dict)) and value:
                out.append(f' id="{_html.escape(id_string(value), quote=True)}"')
        else:
            out.append(_attr(name, value))
    return "".join(out)


def _classes(*names: Any) -> str | None:
    joined = " ".join(n for n in names if isinstance(n, str) and n)
    return joined or None


# --- the walk ---------------------------------------------------------------------------------

def render_html(component_json: Any) -> str:
    """HTML for a layout in Dash's JSON shape: a component, a list, a string or a number."""
    out: list[str] = []
    _render(component_json, out)
    return "".join(out)


def _render(node: Any, out: list[str]) -> None:
    if node is None or isinstance(node, bool):
        return
    if isinstance(node, (str, int, float)):
        out.append(_html.escape(_text(node) or "", quote=False))
    elif isinstance(node, (list, tuple)):
        for child in node:
            _render(child, out)
    elif _is_component(node):
        props = node["props"]
        namespace = node["namespace"]
        if namespace == HTML_NS and node["type"] in _HTML:
            _html_element(tag_name(node["type"]), props, _HTML[node["type"]]._prop_names, out)
        elif namespace == DCC_NS and node["type"] in _DCC_RENDERERS:
            _DCC_RENDERERS[node["type"]](props, out)
        else:
            _render(props.get("children"), out)  # unknown components: their children only
    elif isinstance(node, dict):
        # Not a component: shown as its JSON text, as the live renderer does.
        text = json.dumps(node, separators=(",", ":"), ensure_ascii=False, default=str)
        out.append(_html.escape(text, quote=False))


def _is_component(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("type"), str)
            and isinstance(value.get("namespace"), str) and isinstance(value.get("props"), dict))


def _html_element(tag: str, props: dict, allowed: tuple[str, ...], out: list[str]) -> None:
    if tag in _NEVER:
        return
    pairs: list[tuple[str, Any]] = [("id", props.get("id"))]
    for name, value in props.items():
        if name in _NOT_ATTRIBUTES:
            continue
        if name in allowed or name.startswith(("data-", "aria-")):
            pairs.append((_RENAMED.get(name, name if "-" in name else name.lower()), value))
    pairs.append(("style", props.get("style")))
    if tag in ("iframe", "embed"):  # a frame's src that would run a script loads about:blank
        pairs = [(n, "about:blank" if n == "src" and isinstance(v, str) and not _safe_url(v)
                  else v) for n, v in pairs]
    out.append(f"<{tag}{_attrs(pairs)}>")
    if tag in _VOID:
        return
    inner: list[str] = []
    if tag in _TEXT_ONLY:
        parts = props.get("children")
        parts = parts if isinstance(parts, list) else [parts]
        text = "".join(t for t in (_text(p) for p in parts) if t is not None)
        inner.append(_html.escape(text, quote=False))
    elif tag not in _RAW_TEXT:
        _render(props.get("children"), inner)
    content = "".join(inner)
    if tag in _DROPS_NEWLINE and content.startswith("\n"):
        content = "\n" + content  # the parser eats one leading newline here: keep the user's
    out.append(f"{content}</{tag}>")


def _element(tag: str, pairs: list[tuple[str, Any]], out: list[str], children: Any = None) -> None:
    """`<tag attrs>children</tag>`; `children` is a layout value or a function writing to `out`."""
    out.append(f"<{tag}{_attrs(pairs)}>")
    if tag in _VOID:
        return
    if callable(children):
        children()
    else:
        _render(children, out)
    out.append(f"</{tag}>")


# --- dcc --------------------------------------------------------------------------------------

def _nothing(props: dict, out: list[str]) -> None:
    """Store, Location, Interval, Download, ...: no DOM, as in Dash."""


def _children_only(props: dict, out: list[str]) -> None:
    _render(props.get("children"), out)


def _input(props: dict, out: list[str]) -> None:
    """`<input id type value ...>`: the element itself (docs/dom.md)."""
    names = ("placeholder", "min", "max", "step", "minLength", "maxLength", "pattern", "name",
             "readOnly", "required", "disabled", "multiple", "size", "list", "autoComplete",
             "inputMode", "spellCheck", "autoFocus")
    # Dash's defaults; step "any" keeps decimals valid in number inputs.
    defaults = {"step": "any", "autoComplete": "off", "inputMode": "verbatim"}
    pairs = [("id", props.get("id")), ("type", props.get("type") or "text"),
             ("value", props.get("value"))]
    pairs += [(n.lower(), props.get(n) if props.get(n) is not None else defaults.get(n))
              for n in names]
    pairs += [("class", props.get("className")), ("style", props.get("style"))]
    _element("input", pairs, out)


def _textarea(props: dict, out: list[str]) -> None:
    """`<textarea id>value</textarea>`."""
    allowed = tuple(n for n in _DCC["Textarea"]._prop_names if n != "value")
    body = dict(props, children=props.get("value"))
    _html_element("textarea", body, allowed + ("children",), out)


def _button(props: dict, out: list[str]) -> None:
    """dcc.Button: a `<button>`, type "button" unless given (Dash's default)."""
    body = dict(props, type="button" if props.get("type") is None else props["type"])
    _html_element("button", body, _DCC["Button"]._prop_names, out)


def _link(props: dict, out: list[str]) -> None:
    """dcc.Link is an `<a>` showing its children, or its href when it has none."""
    href = _text(props.get("href"))
    href = href if href is None or _safe_url(href) else "about:blank"
    pairs = [("id", props.get("id")), ("href", href),
             ("target", props.get("target")), ("title", props.get("title")),
             ("class", props.get("className")), ("style", props.get("style"))]
    children = props.get("children")
    _element("a", pairs, out, href if children is None else children)


def _options(options: Any) -> list[tuple[Any, Any, bool]]:
    """(value, label, disabled) per option, for the three option spellings Dash accepts."""
    result = []
    if isinstance(options, dict):
        for value, label in options.items():
            result.append((value, label, False))
    elif isinstance(options, list):
        for option in options:
            if isinstance(option, dict):
                value = option.get("value")
                label = option.get("label")
                result.append((value, value if label is None else label,
                               bool(option.get("disabled"))))
            else:
                result.append((option, option, False))
    return result


def _same(a: Any, b: Any) -> bool:
    # JavaScript's ===: True is not 1, "1" is not 1, but 1 is 1.0.
    if _number(a) and _number(b):
        return a == b
    return type(a) is type(b) and a == b


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _label(label: Any, out: list[str]) -> None:
    if isinstance(label, bool):
        out.append("true" if label else "false")
    else:
        _render(label, out)


def _choices(props: dict, out: list[str], kind: str) -> None:
    """Checklist / RadioItems: `<div id>` of `<label><input type=kind>label</label>`."""
    value = props.get("value")
    chosen = value if isinstance(value, list) else ([] if value is None else [value])
    if kind == "radio":
        chosen = [] if value is None or isinstance(value, list) else [value]
    label_style = _dict(props.get("labelStyle"))
    if not props.get("inline"):
        label_style = {"display": "block", **label_style}

    def body() -> None:
        for option_value, label, disabled in _options(props.get("options")):
            label_attrs = _attrs([("class", props.get("labelClassName")),
                                  ("style", label_style)])
            out.append(f"<label{label_attrs}>")
            checked = any(_same(option_value, v) for v in chosen)
            _element("input", [("type", kind), ("class", props.get("inputClassName")),
                               ("style", props.get("inputStyle")),
                               ("value", _text(option_value)),
                               ("checked", checked), ("disabled", disabled)], out)
            _label(label, out)
            out.append("</label>")

    pairs = [("id", props.get("id")), ("class", props.get("className")),
             ("style", props.get("style"))]
    _element("div", pairs, out, body)


def _dropdown(props: dict, out: list[str]) -> None:
    """Closed `dcc.Dropdown`: the combobox showing the selection or the placeholder."""
    value = props.get("value")
    values = value if isinstance(value, list) else ([] if value is None else [value])
    options = _options(props.get("options"))
    multi = bool(props.get("multi"))
    disabled = bool(props.get("disabled"))

    def label_of(v: Any) -> Any:
        for option_value, label, _ in options:
            if _same(option_value, v):
                return label
        return None

    def body() -> None:
        shown = [(v, label_of(v)) for v in values]
        shown = [(v, label) for v, label in shown if label is not None]
        if not shown:
            out.append('<span class="pyclient-dropdown-placeholder">')
            _label(props.get("placeholder"), out)
            out.append("</span>")
        elif multi:
            for _, label in shown:
                out.append('<span class="pyclient-dropdown-chip">')
                _label(label, out)
                name = _text(label)
                _element("button", [("type", "button"), ("class", "pyclient-dropdown-remove"),
                                    ("aria-label", f"Remove {name or ''}".strip())], out, "\u00d7")
                out.append("</span>")
        else:
            out.append('<span class="pyclient-dropdown-value">')
            for _, label in shown:
                _label(label, out)
            out.append("</span>")
        if props.get("clearable", True) is not False and shown and not disabled:
            _element("button", [("type", "button"), ("class", "pyclient-dropdown-clear"),
                                ("aria-label", "Clear all")], out, "\u00d7")

    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-dropdown", props.get("className"))),
             ("role", "combobox"), ("aria-expanded", False), ("aria-haspopup", "listbox"),
             ("aria-disabled", True if disabled else None), ("tabindex", -1 if disabled else 0),
             ("style", props.get("style"))]
    _element("div", pairs, out, body)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _slider(props: dict, out: list[str], handles: int) -> None:
    """Slider / RangeSlider: `<div class="pyclient-slider">` with range inputs and mark texts."""
    marks = _dict(props.get("marks"))
    positions = []
    for key, mark in marks.items():
        try:
            positions.append((float(key), mark))
        except (TypeError, ValueError):
            continue
    lo = props.get("min")
    hi = props.get("max")
    lo = lo if _number(lo) else (min(p for p, _ in positions) if positions else 0)
    hi = hi if _number(hi) else (max(p for p, _ in positions) if positions else 1)
    if "step" in props:
        step = props["step"] if _number(props["step"]) else "any"
    else:
        step = 1 if float(lo).is_integer() and float(hi).is_integer() else "any"
    value = props.get("value")
    if handles == 1:
        values = [value if _number(value) else lo]
    else:
        values = value if isinstance(value, list) and value else [lo, hi]
    disabled = bool(props.get("disabled"))

    def body() -> None:
        for handle in values:
            _element("input", [("type", "range"), ("min", lo), ("max", hi), ("step", step),
                               ("value", handle if _number(handle) else None),
                               ("disabled", disabled)], out)
        for position, mark in sorted(positions, key=lambda pair: pair[0]):
            if not lo <= position <= hi:
                continue
            label, style = mark, None
            if isinstance(mark, dict):
                label, style = mark.get("label"), _dict(mark.get("style"))
            left = (position - lo) / (hi - lo) * 100 if hi > lo else 0
            style = {**(style or {}), "left": f"{js_number(left)}%"}
            out.append(f'<span class="pyclient-mark"{_attrs([("style", style)])}>')
            _label(label, out)
            out.append("</span>")

    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-slider", props.get("className")))]
    _element("div", pairs, out, body)


def _markdown(props: dict, out: list[str]) -> None:
    """The Markdown source as escaped text; the live renderer replaces it with markdown-it's."""
    children = props.get("children")
    parts = children if isinstance(children, list) else [children]
    text = "\n".join(t for t in (_text(p) for p in parts) if t is not None)
    if props.get("dedent", True) is not False:
        text = textwrap.dedent(text).strip("\n")
    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-markdown", props.get("className"))),
             ("style", props.get("style"))]
    _element("div", pairs, out, text)


def _tab_width(width: Any) -> dict:
    if _number(width):
        return {"width": f"{js_number(width)}px", "flex": "none"}
    return {"width": width, "flex": "none"} if isinstance(width, str) else {}


def _tabs(props: dict, out: list[str]) -> None:
    """Tabs: a tablist (one `<button role=tab>` per Tab) and the selected Tab's children."""
    children = props.get("children")
    children = children if isinstance(children, list) else ([] if children is None else [children])
    tabs = [_dict(c.get("props")) if _is_component(c) else {} for c in children]
    values = [t.get("value") or f"tab-{i + 1}" for i, t in enumerate(tabs)]
    if "value" in props:
        selected = props["value"]
    else:
        selected = values[0] if values else "tab-1"

    def tablist() -> None:
        for tab, tab_value in zip(tabs, values):
            on = _same(tab_value, selected)
            disabled = bool(tab.get("disabled"))
            style = {**_dict(tab.get("style")), **_tab_width(tab.get("width")),
                     **(_dict(tab.get("disabled_style")) if disabled else {}),
                     **(_dict(tab.get("selected_style")) if on else {})}
            classes = _classes("pyclient-tab", tab.get("className"),
                               tab.get("disabled_className") if disabled else None,
                               tab.get("selected_className") if on else None)
            pairs = [("id", tab.get("id")), ("type", "button"), ("role", "tab"),
                     ("class", classes), ("aria-selected", on), ("disabled", disabled),
                     ("style", style)]
            out.append(f"<button{_attrs(pairs)}>")
            _label(tab.get("label"), out)
            out.append("</button>")

    def body() -> None:
        _element("div", [("role", "tablist"),
                         ("class", _classes("pyclient-tablist", props.get("className"))),
                         ("style", props.get("style"))], out, tablist)
        content = [t.get("children") for t, v in zip(tabs, values) if _same(v, selected)]
        _element("div", [("role", "tabpanel"),
                         ("class", _classes("pyclient-tab-content",
                                            props.get("content_className"))),
                         ("style", props.get("content_style"))], out, content[:1])

    vertical = "pyclient-tabs-vertical" if props.get("vertical") else None
    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-tabs", vertical, props.get("parent_className"))),
             ("style", props.get("parent_style"))]
    _element("div", pairs, out, body)


def _loading(props: dict, out: list[str]) -> None:
    """Loading: the children, under a spinner when it shows at first render (show_initially)."""
    display = props.get("display") or "auto"
    shown = display == "show" or (display != "hide" and props.get("show_initially") is not False)
    content_style = {"visibility": "hidden", **_dict(props.get("overlay_style"))} if shown else None

    def spinner() -> None:
        if props.get("custom_spinner") is not None:
            _render(props["custom_spinner"], out)
            return
        kind = props.get("type") or "default"
        color = {"color": props["color"]} if props.get("color") else {}
        _element("div", [("class", _classes("pyclient-spinner", f"pyclient-spinner-{kind}",
                                            props.get("className"))),
                         ("role", "status"), ("aria-label", "Loading"),
                         ("style", {**_dict(props.get("style")), **color})], out)

    def body() -> None:
        _element("div", [("class", "pyclient-loading-content"), ("style", content_style)], out,
                 props.get("children"))
        if shown:
            full = "pyclient-spinner-fullscreen" if props.get("fullscreen") else None
            _element("div", [("class", _classes("pyclient-spinner-box", full))], out, spinner)

    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-loading", props.get("parent_className"))),
             ("style", props.get("parent_style"))]
    _element("div", pairs, out, body)


# The Clipboard's icon (web/src/renderer/clipboard.js draws the same).
_COPY_ICON = (
    '<svg class="pyclient-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">'
    '<path d="M5 5V1.5h9.5V11H11M1.5 5H11v9.5H1.5z" fill="none" stroke="currentColor"></path>'
    "</svg>"
)


def _clipboard(props: dict, out: list[str]) -> None:
    """Clipboard: a `<button>` showing its children or a copy icon."""
    children = props.get("children")
    name = "Copy" if children is None and props.get("title") is None else None
    pairs = [("type", "button"), ("id", props.get("id")),
             ("class", _classes("pyclient-clipboard", props.get("className"))),
             ("style", props.get("style")), ("title", props.get("title")), ("aria-label", name)]
    _element("button", pairs, out,
             (lambda: out.append(_COPY_ICON)) if children is None else children)


def _tooltip(props: dict, out: list[str]) -> None:
    """Tooltip: a box at `bbox` (hidden unless `show` and `bbox`) holding the tooltip."""
    bbox = _dict(props.get("bbox"))
    x0, y0, x1, y1 = (v if _number(v) else 0
                      for v in (bbox.get("x0"), bbox.get("y0"), bbox.get("x1"), bbox.get("y1")))
    shown = props.get("show") is not False and bool(props.get("bbox"))
    box = {"top": f"{_text(y0)}px", "left": f"{_text(x0)}px", "width": f"{_text(x1 - x0)}px",
           "height": f"{_text(y1 - y0)}px", "display": "block" if shown else "none",
           "z-index": 1 if props.get("zindex") is None else props["zindex"],
           "pointer-events": "auto" if props.get("targetable") else "none"}
    colors = {}
    if props.get("border_color"):
        colors["border-color"] = props["border_color"]
    if props.get("background_color"):
        colors["background-color"] = props["background_color"]
    direction = props.get("direction") or "right"
    tip = [("id", props.get("id")), ("role", "tooltip"),
           ("class", _classes("pyclient-tooltip", f"pyclient-tooltip-{direction}",
                              props.get("className"))),
           ("style", {**colors, **_dict(props.get("style"))})]
    _element("div", [("class", "pyclient-tooltip-box"), ("style", box)], out,
             lambda: _element("div", tip, out, props.get("children")))


def _upload(props: dict, out: list[str]) -> None:
    """Upload: `<div id>` holding the children (the drop zone) and a hidden file input."""
    disabled = bool(props.get("disabled"))
    style = _dict(props.get("style"))
    if disabled:
        given = props.get("style_disabled")
        style = {**style, **(_dict(given) if given is not None else {"opacity": 0.5})}
    pairs = [("id", props.get("id")), ("style", style),
             ("class", _classes("pyclient-upload", props.get("className"),
                                props.get("className_disabled") if disabled else None)),
             ("aria-disabled", "true" if disabled else None)]

    def body() -> None:
        _render(props.get("children"), out)
        _element("input", [("type", "file"), ("hidden", True), ("accept", props.get("accept")),
                           ("multiple", bool(props.get("multiple"))), ("disabled", disabled)],
                 out)

    _element("div", pairs, out, body)


def _graph_responsive(props: dict) -> bool:
    """Dash's `responsive`: True/False force it; "auto" follows config.responsive and the layout."""
    if isinstance(props.get("responsive"), bool):
        return props["responsive"]
    layout = _dict(props.get("figure")).get("layout")
    layout = layout if isinstance(layout, dict) else {}
    return bool(_dict(props.get("config")).get("responsive")) and (
        (layout.get("autosize") or layout.get("autosize") is None)
        and (layout.get("height") is None or layout.get("width") is None))


def _graph(props: dict, out: list[str]) -> None:
    """Graph: `<div id class="pyclient-graph">` around the (empty) div plotly.js draws into,
    as tall as the plot will be (the style's height, 100% when responsive, else layout.height
    or plotly's 450 px), so the page does not jump when the plot appears."""
    style = _dict(props.get("style"))
    if style.get("height") is None or isinstance(style["height"], (dict, list)):
        style = {k: v for k, v in style.items() if k != "height"}  # as cssStyle drops it
        height = _dict(_dict(props.get("figure")).get("layout")).get("height")
        if _graph_responsive(props):
            style = {"height": "100%", **style}
        else:
            style = {"height": f"{js_number(height) if _number(height) else 450}px", **style}
    pairs = [("id", props.get("id")), ("class", _classes("pyclient-graph", props.get("className"))),
             ("style", style)]
    plot = [("class", "pyclient-graph-plot"), ("style", {"height": "100%", "width": "100%"})]
    _element("div", pairs, out, lambda: _element("div", plot, out))


def _confirm_provider(props: dict, out: list[str]) -> None:
    """ConfirmDialogProvider: `<div id>` around its children (a click inside asks)."""
    _element("div", [("id", props.get("id"))], out, props.get("children"))


def _date(value: Any) -> Any:
    return value[:10] if isinstance(value, str) and value else None


def _date_input(props: dict, out: list[str], value: Any, label: str, placeholder: Any,
                extra: list[tuple[str, Any]]) -> None:
    pairs = [("type", "date"), ("value", _date(value)),
             ("min", _date(props.get("min_date_allowed"))),
             ("max", _date(props.get("max_date_allowed"))),
             ("placeholder", placeholder),
             ("aria-label", label if placeholder is None else placeholder),
             ("disabled", bool(props.get("disabled")))]
    _element("input", pairs + extra, out)


def _date_single(props: dict, out: list[str]) -> None:
    """DatePickerSingle: the native `<input type="date">` itself."""
    _date_input(props, out, props.get("date"), "Select Date", props.get("placeholder"),
                [("id", props.get("id")), ("class", props.get("className")),
                 ("style", props.get("style"))])


def _date_range(props: dict, out: list[str]) -> None:
    """DatePickerRange: two native date inputs (start → end) in a `<div id>`."""
    def body() -> None:
        _date_input(props, out, props.get("start_date"), "Start Date",
                    props.get("start_date_placeholder_text"),
                    [("id", props.get("start_date_id"))])
        out.append('<span class="pyclient-daterange-arrow" aria-hidden="true">\u2192</span>')
        _date_input(props, out, props.get("end_date"), "End Date",
                    props.get("end_date_placeholder_text"), [("id", props.get("end_date_id"))])

    pairs = [("id", props.get("id")),
             ("class", _classes("pyclient-daterange", props.get("className"))),
             ("style", props.get("style"))]
    _element("div", pairs, out, body)


_DCC_RENDERERS: dict[str, Callable[[dict, list[str]], None]] = {
    "Input": _input,
    "Textarea": _textarea,
    "Button": _button,
    "Link": _link,
    "Checklist": lambda props, out: _choices(props, out, "checkbox"),
    "RadioItems": lambda props, out: _choices(props, out, "radio"),
    "Dropdown": _dropdown,
    "Slider": lambda props, out: _slider(props, out, 1),
    "RangeSlider": lambda props, out: _slider(props, out, 2),
    "Markdown": _markdown,
    "Tabs": _tabs,
    "Tab": _children_only,
    "Graph": _graph,
    "Upload": _upload,
    "Loading": _loading,
    "Clipboard": _clipboard,
    "Tooltip": _tooltip,
    "DatePickerSingle": _date_single,
    "DatePickerRange": _date_range,
    "ConfirmDialogProvider": _confirm_provider,
    "Store": _nothing,
    "Location": _nothing,
    "Interval": _nothing,
    "Download": _nothing,
    "ConfirmDialog": _nothing,
    "Geolocation": _nothing,
}
assert set(_DCC_RENDERERS) == set(_DCC), "every dcc component needs a pre-renderer"
