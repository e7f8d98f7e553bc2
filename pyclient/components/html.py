"""Every `dash.html` element class of Dash 4.4.1, as `Component` subclasses.

The classes are generated from a table because they differ only in their element-specific
attributes: each takes `children, id, n_clicks, n_clicks_timestamp, disable_n_clicks, key`,
then its own attributes, then the global ones, in exactly Dash 4.4.1's positional order.
`html.X` renders `<x>` (see docs/dom.md); `tag_name()` gives the tag for a type name.
"""

from __future__ import annotations

from typing import Any

from .base import Component

# Dash 4.4.1's `dash.html.__all__` (125 elements), plus this module's helpers.
__all__ = [
    "ELEMENTS", "H1", "H2", "H3", "H4", "H5", "H6", "A", "Abbr", "Acronym", "Address", "Area",
    "Article", "Aside", "Audio", "B", "Base", "Basefont", "Bdi", "Bdo", "Big", "Blink",
    "Blockquote", "Br", "Button", "Canvas", "Caption", "Center", "Cite", "Code", "Col", "Colgroup",
    "Content", "Data", "Datalist", "Dd", "Del", "Details", "Dfn", "Dialog", "Div", "Dl", "Dt",
    "Em", "Embed", "Fieldset", "Figcaption", "Figure", "Font", "Footer", "Form", "Frame",
    "Frameset", "Header", "Hgroup", "Hr", "HtmlComponent", "I", "Iframe", "Img", "Ins", "Kbd",
    "Keygen", "Label", "Legend", "Li", "Link", "Main", "MapEl", "Mark", "Marquee", "Meta", "Meter",
    "Nav", "Nobr", "Noscript", "ObjectEl", "Ol", "Optgroup", "Option", "Output", "P", "Param",
    "Picture", "Plaintext", "Pre", "Progress", "Q", "Rb", "Rp", "Rt", "Rtc", "Ruby", "S", "Samp",
    "Script", "Section", "Select", "Shadow", "Slot", "Small", "Source", "Spacer", "Span", "Strike",
    "Strong", "Sub", "Summary", "Sup", "Table", "Tbody", "Td", "Template", "Textarea", "Tfoot",
    "Th", "Thead", "Time", "Title", "Tr", "Track", "U", "Ul", "Var", "Video", "Wbr", "Xmp",
    "tag_name",
]

NAMESPACE = "dash_html_components"

# Every element's arguments start with these ...
_LEADING = ("children", "id", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key")
# ... and end with these global HTML attributes.
_TRAILING = (
    "accessKey", "className", "contentEditable", "dir", "draggable", "hidden", "lang", "role",
    "spellCheck", "style", "tabIndex", "title",
)

# Element-specific attributes, between the two groups above (elements not listed have none).
_EXTRAS = {
    "A": "download href hrefLang media referrerPolicy rel shape target",
    "Area": "alt coords download href media referrerPolicy rel shape target",
    "Audio": "autoPlay controls crossOrigin loop muted preload src",
    "Base": "href target",
    "Blockquote": "cite",
    "Button": "autoFocus disabled form formAction formEncType formMethod formNoValidate "
    "formTarget name type value",
    "Canvas": "height width",
    "Col": "span",
    "Colgroup": "span",
    "Data": "value",
    "Del": "cite dateTime",
    "Details": "open",
    "Dialog": "open",
    "Embed": "height src type width",
    "Fieldset": "disabled form name",
    "Form": "accept acceptCharset action autoComplete encType method name noValidate target",
    "Iframe": "allow height name referrerPolicy sandbox src srcDoc width",
    "Img": "alt crossOrigin height referrerPolicy sizes src srcSet useMap width",
    "Ins": "cite dateTime",
    "Label": "htmlFor",
    "Li": "value",
    "Link": "crossOrigin href hrefLang integrity media referrerPolicy rel sizes type",
    "MapEl": "name",
    "Marquee": "loop",
    "Meta": "charSet content httpEquiv name",
    "Meter": "high low max min optimum value",
    "ObjectEl": "data form height name type useMap width",
    "Ol": "reversed start type",
    "Optgroup": "disabled label",
    "Option": "disabled label selected value",
    "Output": "htmlFor form name",
    "Param": "name value",
    "Progress": "max value",
    "Q": "cite",
    "Script": "crossOrigin defer integrity referrerPolicy src type",
    "Select": "autoFocus autoComplete disabled form multiple name required size",
    "Source": "media sizes src srcSet type",
    "Td": "colSpan headers rowSpan",
    "Textarea": "autoFocus autoComplete cols disabled form inputMode maxLength minLength name "
    "placeholder readOnly required rows wrap",
    "Th": "colSpan headers rowSpan scope",
    "Time": "dateTime",
    "Track": "default kind label src srcLang",
    "Video": "autoPlay controls crossOrigin height loop muted playsInline poster preload src "
    "width",
}

# Props that are keywords in Python, so only reachable as `**{"async": True}` (never positional).
_KEYWORD_ONLY = {"Script": ("async",)}

# Class names that differ from their tag (Python's `map` / `object` builtins are taken).
_TAGS = {"MapEl": "map", "ObjectEl": "object"}


def tag_name(type_name: str) -> str:
    """The HTML tag an `html.<type_name>` element renders (`MapEl` -> `map`)."""
    return _TAGS.get(type_name, type_name.lower())


class HtmlComponent(Component):
    """Base of every `html.*` element: Dash's html namespace, `data-*`/`aria-*` accepted."""

    _namespace = NAMESPACE
    _wildcard_prefixes = ("data-", "aria-")
    _tag = "div"


def _make(name: str) -> type[HtmlComponent]:
    props = _LEADING + tuple(_EXTRAS.get(name, "").split()) + _TRAILING
    props += _KEYWORD_ONLY.get(name, ())
    tag = tag_name(name)
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__qualname__": name,
        "__doc__": f"The HTML `<{tag}>` element (Dash's `html.{name}`).",
        "_type": name,
        "_prop_names": props,
        "_tag": tag,
    }
    return type(name, (HtmlComponent,), namespace)


# One line per element, so editors and type checkers see every class.
A = _make("A")
Abbr = _make("Abbr")
Acronym = _make("Acronym")
Address = _make("Address")
Area = _make("Area")
Article = _make("Article")
Aside = _make("Aside")
Audio = _make("Audio")
B = _make("B")
Base = _make("Base")
Basefont = _make("Basefont")
Bdi = _make("Bdi")
Bdo = _make("Bdo")
Big = _make("Big")
Blink = _make("Blink")
Blockquote = _make("Blockquote")
Br = _make("Br")
Button = _make("Button")
Canvas = _make("Canvas")
Caption = _make("Caption")
Center = _make("Center")
Cite = _make("Cite")
Code = _make("Code")
Col = _make("Col")
Colgroup = _make("Colgroup")
Content = _make("Content")
Data = _make("Data")
Datalist = _make("Datalist")
Dd = _make("Dd")
Del = _make("Del")
Details = _make("Details")
Dfn = _make("Dfn")
Dialog = _make("Dialog")
Div = _make("Div")
Dl = _make("Dl")
Dt = _make("Dt")
Em = _make("Em")
Embed = _make("Embed")
Fieldset = _make("Fieldset")
Figcaption = _make("Figcaption")
Figure = _make("Figure")
Font = _make("Font")
Footer = _make("Footer")
Form = _make("Form")
Frame = _make("Frame")
Frameset = _make("Frameset")
H1 = _make("H1")
H2 = _make("H2")
H3 = _make("H3")
H4 = _make("H4")
H5 = _make("H5")
H6 = _make("H6")
Header = _make("Header")
Hgroup = _make("Hgroup")
Hr = _make("Hr")
I = _make("I")
Iframe = _make("Iframe")
Img = _make("Img")
Ins = _make("Ins")
Kbd = _make("Kbd")
Keygen = _make("Keygen")
Label = _make("Label")
Legend = _make("Legend")
Li = _make("Li")
Link = _make("Link")
Main = _make("Main")
MapEl = _make("MapEl")
Mark = _make("Mark")
Marquee = _make("Marquee")
Meta = _make("Meta")
Meter = _make("Meter")
Nav = _make("Nav")
Nobr = _make("Nobr")
Noscript = _make("Noscript")
ObjectEl = _make("ObjectEl")
Ol = _make("Ol")
Optgroup = _make("Optgroup")
Option = _make("Option")
Output = _make("Output")
P = _make("P")
Param = _make("Param")
Picture = _make("Picture")
Plaintext = _make("Plaintext")
Pre = _make("Pre")
Progress = _make("Progress")
Q = _make("Q")
Rb = _make("Rb")
Rp = _make("Rp")
Rt = _make("Rt")
Rtc = _make("Rtc")
Ruby = _make("Ruby")
S = _make("S")
Samp = _make("Samp")
Script = _make("Script")
Section = _make("Section")
Select = _make("Select")
Shadow = _make("Shadow")
Slot = _make("Slot")
Small = _make("Small")
Source = _make("Source")
Spacer = _make("Spacer")
Span = _make("Span")
Strike = _make("Strike")
Strong = _make("Strong")
Sub = _make("Sub")
Summary = _make("Summary")
Sup = _make("Sup")
Table = _make("Table")
Tbody = _make("Tbody")
Td = _make("Td")
Template = _make("Template")
Textarea = _make("Textarea")
Tfoot = _make("Tfoot")
Th = _make("Th")
Thead = _make("Thead")
Time = _make("Time")
Title = _make("Title")
Tr = _make("Tr")
Track = _make("Track")
U = _make("U")
Ul = _make("Ul")
Var = _make("Var")
Video = _make("Video")
Wbr = _make("Wbr")
Xmp = _make("Xmp")

ELEMENTS: dict[str, type[HtmlComponent]] = {
    cls._type: cls for cls in HtmlComponent.__subclasses__() if cls.__module__ == __name__
}


def __getattr__(name: str) -> Any:
    # Only reached for names that do not exist: say what does.
    raise AttributeError(
        f"pyclient.components.html has no element `{name}`. Dash's html module has: "
        f"{', '.join(ELEMENTS)}."
    )
