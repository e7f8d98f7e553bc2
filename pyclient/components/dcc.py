"""Every `dash.dcc` component class of Dash 4.4.1, plus the `send_*` download helpers.

Classes are generated from a table of Dash 4.4.1's constructor arguments, in order, so
positional calls such as `dcc.Checklist(options, value)` or `dcc.Slider(min, max, step, marks,
value)` mean what they mean in Dash. dcc components take no `data-*`/`aria-*` props (as in Dash).
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Callable
from typing import Any

from .base import Component

NAMESPACE = "dash_core_components"

_PERSIST = "persistence persisted_props persistence_type id componentPath"
_OPTIONS = (
    "options value inline style inputStyle inputClassName labelStyle labelClassName className "
    + _PERSIST
)
_SLIDER_TAIL = (
    "disabled dots included reverse tooltip updatemode vertical verticalHeight "
    "allow_direct_input className " + _PERSIST
)
_CALENDAR = (
    "min_date_allowed max_date_allowed disabled_days placeholder initial_visible_month "
    "clearable reopen_calendar_on_clear display_format month_format first_day_of_week "
    "show_outside_days stay_open_on_select calendar_orientation number_of_months_shown "
    "with_portal with_full_screen_portal day_size is_RTL"
)
_CONFIRM = (
    "message submit_n_clicks submit_n_clicks_timestamp cancel_n_clicks "
    "cancel_n_clicks_timestamp displayed"
)

# Each component's constructor arguments, in Dash 4.4.1's positional order.
_ARGS = {
    "Button": "children className persistence persisted_props persistence_type id componentPath "
    "type autoFocus disabled form formAction formEncType formMethod formNoValidate formTarget "
    "name value accessKey contentEditable dir draggable hidden lang role spellCheck style "
    "tabIndex title n_blur n_blur_timestamp n_clicks n_clicks_timestamp",
    "Checklist": _OPTIONS,
    "Clipboard": "children id copied_children target_id content n_clicks html_content title "
    "style className",
    "ConfirmDialog": "id " + _CONFIRM,
    "ConfirmDialogProvider": "children id " + _CONFIRM,
    "DatePickerRange": "start_date end_date minimum_nights updatemode "
    "start_date_placeholder_text end_date_placeholder_text start_date_id end_date_id id "
    "componentPath className persistence persisted_props persistence_type disabled style "
    + _CALENDAR,
    "DatePickerSingle": "date " + _CALENDAR + " disabled style className " + _PERSIST,
    "Download": "id data base64 type",
    "Dropdown": "options value multi clearable searchable search_value placeholder disabled "
    "closeOnSelect optionHeight maxHeight style labels debounce search_order className "
    + _PERSIST,
    "Geolocation": "id local_date timestamp position position_error show_alert update_now "
    "high_accuracy maximum_age timeout",
    "Graph": "id responsive clickData clickAnnotationData hoverData clear_on_unhover "
    "selectedData relayoutData extendData prependData restyleData figure style className "
    "mathjax animate animation_options config",
    "Input": "value type debounce placeholder n_submit n_submit_timestamp inputMode "
    "autoComplete readOnly required autoFocus disabled list multiple spellCheck name min max "
    "step minLength maxLength pattern selectionStart selectionEnd selectionDirection n_blur "
    "n_blur_timestamp size style className " + _PERSIST,
    "Interval": "id interval disabled n_intervals max_intervals",
    "Link": "children href target refresh title className style id loading_state",
    "Loading": "children type fullscreen debug style parent_className parent_style "
    "overlay_style color display delay_hide delay_show show_initially target_components "
    "custom_spinner className " + _PERSIST,
    "Location": "id pathname search hash href refresh",
    "Markdown": "children id className mathjax dangerously_allow_html link_target dedent "
    "highlight_config style",
    "RadioItems": _OPTIONS,
    "RangeSlider": "min max step marks value drag_value allowCross pushable disabled count "
    + _SLIDER_TAIL.replace("disabled ", "", 1),
    "Slider": "min max step marks value drag_value " + _SLIDER_TAIL,
    "Store": "id storage_type data clear_data modified_timestamp",
    "Tab": "children label value disabled disabled_style disabled_className className "
    "selected_className style selected_style width " + _PERSIST,
    "Tabs": "children value content_className parent_className style parent_style "
    "content_style vertical mobile_breakpoint colors className " + _PERSIST,
    "Textarea": "value autoFocus cols disabled form maxLength minLength name placeholder "
    "readOnly required rows wrap accessKey contentEditable contextMenu dir draggable hidden "
    "lang spellCheck style tabIndex title n_blur n_blur_timestamp n_clicks n_clicks_timestamp "
    "className " + _PERSIST,
    "Tooltip": "children id className style bbox show direction border_color "
    "background_color loading_text zindex targetable",
    "Upload": "children id contents filename last_modified accept disabled disable_click "
    "max_size min_size multiple enable_folder_selection className className_active "
    "className_reject className_disabled style style_active style_reject style_disabled",
}

__all__ = [
    "COMPONENTS", "Button", "Checklist", "Clipboard", "ConfirmDialog", "ConfirmDialogProvider",
    "DatePickerRange", "DatePickerSingle", "DccComponent", "Download", "Dropdown", "Geolocation",
    "Graph", "Input", "Interval", "Link", "Loading", "Location", "Markdown", "RadioItems",
    "RangeSlider", "Slider", "Store", "Tab", "Tabs", "Textarea", "Tooltip", "Upload", "send_bytes",
    "send_data_frame", "send_file", "send_string",
]

# Arguments Dash 4.4.1 refuses to build without.
_REQUIRED = {"Link": ("href",), "Location": ("id",), "Store": ("id",)}


class DccComponent(Component):
    """Base of every `dcc.*` class: Dash's core namespace and its required arguments."""

    _namespace = NAMESPACE
    _wildcard_prefixes = ()
    _required: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self._required:
            if name not in self._props:
                raise TypeError(
                    f"{self._label(kwargs.get('id'))} needs the `{name}` argument "
                    f"(Dash requires it), e.g. dcc.{self._type}({name}=...)."
                )


def _make(name: str) -> type[DccComponent]:
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__qualname__": name,
        "__doc__": f"Dash's `dcc.{name}` component.",
        "_type": name,
        "_prop_names": tuple(_ARGS[name].split()),
        "_required": _REQUIRED.get(name, ()),
    }
    return type(name, (DccComponent,), namespace)


# One line per component, so editors and type checkers see every class.
Button = _make("Button")
Checklist = _make("Checklist")
Clipboard = _make("Clipboard")
ConfirmDialog = _make("ConfirmDialog")
ConfirmDialogProvider = _make("ConfirmDialogProvider")
DatePickerRange = _make("DatePickerRange")
DatePickerSingle = _make("DatePickerSingle")
Download = _make("Download")
Dropdown = _make("Dropdown")
Geolocation = _make("Geolocation")
Graph = _make("Graph")
Input = _make("Input")
Interval = _make("Interval")
Link = _make("Link")
Loading = _make("Loading")
Location = _make("Location")
Markdown = _make("Markdown")
RadioItems = _make("RadioItems")
RangeSlider = _make("RangeSlider")
Slider = _make("Slider")
Store = _make("Store")
Tab = _make("Tab")
Tabs = _make("Tabs")
Textarea = _make("Textarea")
Tooltip = _make("Tooltip")
Upload = _make("Upload")

COMPONENTS: dict[str, type[DccComponent]] = {n: globals()[n] for n in sorted(_ARGS)}


# --- download helpers: the dict a `dcc.Download`'s `data` prop expects ---------------------

def _download(content: str, filename: str | None, mime: str | None, is_b64: bool) -> dict:
    return {"content": content, "filename": filename, "type": mime, "base64": is_b64}


def send_string(
    src: str | Callable[..., Any], filename: str, type: str | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Download text: `src` is a str, or a writer called as `src(string_io, **kwargs)`."""
    if isinstance(src, str):
        content = src
    else:
        buffer = io.StringIO()
        src(buffer, **kwargs)
        content = buffer.getvalue()
    return _download(content, filename, type, False)


def send_bytes(
    src: bytes | Callable[..., Any], filename: str, type: str | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Download binary data (sent base64-encoded): bytes, or a writer `src(bytes_io, **kw)`."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        data = bytes(src)
    else:
        buffer = io.BytesIO()
        src(buffer, **kwargs)
        data = buffer.getvalue()
    return _download(base64.b64encode(data).decode("ascii"), filename, type, True)


def send_file(
    path: str | os.PathLike, filename: str | None = None, type: str | None = None
) -> dict[str, Any]:
    """Download a file from disk (base64-encoded); the name defaults to the file's own."""
    with open(path, "rb") as handle:
        data = handle.read()
    name = filename if filename is not None else os.path.basename(os.fspath(path))
    return _download(base64.b64encode(data).decode("ascii"), name, type, True)


# pandas writers that produce text vs. bytes (Dash 4.4.1's list); others are refused.
_TEXT_WRITERS = ("to_csv", "to_json", "to_html")
_BINARY_WRITERS = ("to_excel", "to_feather", "to_parquet", "to_msgpack", "to_stata", "to_pickle")


def send_data_frame(
    writer: Callable[..., Any], filename: str, type: str | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Download a DataFrame through one of its writers, e.g. `send_data_frame(df.to_csv, "a.csv")`."""
    name = getattr(writer, "__name__", repr(writer))
    if name in _TEXT_WRITERS:
        return send_string(writer, filename, type, **kwargs)
    if name in _BINARY_WRITERS:
        return send_bytes(writer, filename, type, **kwargs)
    raise ValueError(
        f"The provided writer ({name}) is not supported, try calling send_string or send_bytes "
        "directly."
    )


def __getattr__(name: str) -> Any:
    # Only reached for names that do not exist: say what does.
    raise AttributeError(
        f"pyclient.components.dcc has no component `{name}`. Dash 4.4.1's dcc has: "
        f"{', '.join(sorted(_ARGS))}."
    )
