"""`dash_table.Format` and `dash_table.FormatTemplate`: a column's number format.

A Format is built with keyword arguments or chained methods (`Format(precision=2).group(True)`)
and serialises to what dash_table's bundle reads: a d3-format specifier string
(`[[fill]align][sign][symbol][0][width][,][.precision][~][type]`), locale overrides, the text
for missing values and an SI prefix.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Any


def _named(name: str, values: dict[str, Any]) -> Any:
    return namedtuple(name, values)(**values)


Align = _named("Align", {"default": "", "left": "<", "right": ">", "center": "^",
                         "right_sign": "="})
Group = _named("Group", {"no": "", "yes": ","})
Padding = _named("Padding", {"no": "", "yes": "0"})
Prefix = _named("Prefix", {
    "yocto": 10**-24, "zepto": 10**-21, "atto": 10**-18, "femto": 10**-15, "pico": 10**-12,
    "nano": 10**-9, "micro": 10**-6, "milli": 10**-3, "none": None, "kilo": 10**3,
    "mega": 10**6, "giga": 10**9, "tera": 10**12, "peta": 10**15, "exa": 10**18,
    "zetta": 10**21, "yotta": 10**24,
})
Scheme = _named("Scheme", {
    "default": "", "decimal": "r", "decimal_integer": "d", "decimal_or_exponent": "g",
    "decimal_si_prefix": "s", "exponent": "e", "fixed": "f", "percentage": "%",
    "percentage_rounded": "p", "binary": "b", "octal": "o", "lower_case_hex": "x",
    "upper_case_hex": "X", "unicode": "c",
})
Sign = _named("Sign", {"default": "", "negative": "-", "positive": "+", "parantheses": "(",
                       "space": " "})
Symbol = _named("Symbol", {"no": "", "yes": "$", "binary": "#b", "octal": "#o", "hex": "#x"})
Trim = _named("Trim", {"no": "", "yes": "~"})

# The specifier's parts, in the order d3-format reads them.
_PARTS = ("fill", "align", "sign", "symbol", "padding", "width", "group", "precision", "trim",
          "type")


def _one_of(value: Any, allowed: Any, what: str) -> Any:
    if value not in allowed:
        raise TypeError(f"Format.{what}: expected one of {list(allowed)}, got {value!r}.")
    return value


def _flag(value: Any, named: Any, what: str) -> Any:
    if isinstance(value, bool):
        return named.yes if value else named.no
    return _one_of(value, named, what)


def _char(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError(f"Format.{what}: expected a string of length one, got {value!r}.")
    return value


def _count(value: Any, what: str) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise TypeError(f"Format.{what}: expected a non-negative integer or None, got {value!r}.")
    return value


class Format:
    def __init__(self, **kwargs: Any) -> None:
        self._spec: dict[str, Any] = dict.fromkeys(_PARTS, "")
        self._locale: dict[str, Any] = {}
        self._nully: Any = ""
        self._prefix: Any = Prefix.none
        for name, value in kwargs.items():
            method = getattr(type(self), name, None)
            if name.startswith("_") or name == "to_plotly_json" or not callable(method):
                raise TypeError(f"Format has no setting `{name}`.")
            method(self, value)

    # the specifier
    def align(self, value: Any) -> Format:
        self._spec["align"] = _one_of(value, Align, "align")
        return self

    def fill(self, value: Any) -> Format:
        self._spec["fill"] = _char(value, "fill")
        return self

    def group(self, value: Any) -> Format:
        self._spec["group"] = _flag(value, Group, "group")
        return self

    def padding(self, value: Any) -> Format:
        self._spec["padding"] = _flag(value, Padding, "padding")
        return self

    def padding_width(self, value: Any) -> Format:
        width = _count(value, "padding_width")
        self._spec["width"] = "" if width is None else width
        return self

    def precision(self, value: Any) -> Format:
        digits = _count(value, "precision")
        self._spec["precision"] = "" if digits is None else f".{digits}"
        return self

    def scheme(self, value: Any) -> Format:
        self._spec["type"] = _one_of(value, Scheme, "scheme")
        return self

    def sign(self, value: Any) -> Format:
        self._spec["sign"] = _one_of(value, Sign, "sign")
        return self

    def symbol(self, value: Any) -> Format:
        self._spec["symbol"] = _one_of(value, Symbol, "symbol")
        return self

    def trim(self, value: Any) -> Format:
        self._spec["trim"] = _flag(value, Trim, "trim")
        return self

    # the locale
    def symbol_prefix(self, value: str) -> Format:
        self._locale.setdefault("symbol", ["", ""])[0] = str(value)
        return self

    def symbol_suffix(self, value: str) -> Format:
        self._locale.setdefault("symbol", ["", ""])[1] = str(value)
        return self

    def decimal_delimiter(self, value: Any) -> Format:
        self._locale["decimal"] = _char(value, "decimal_delimiter")
        return self

    def group_delimiter(self, value: Any) -> Format:
        self._locale["group"] = _char(value, "group_delimiter")
        return self

    def groups(self, value: Any) -> Format:
        sizes = [value] if isinstance(value, int) else value
        if not isinstance(sizes, list) or not sizes or not all(
            isinstance(s, int) and s > 0 for s in sizes
        ):
            raise TypeError(f"Format.groups: expected a positive integer or a non-empty list of "
                            f"them, got {value!r}.")
        self._locale["grouping"] = sizes
        return self

    def nully(self, value: Any) -> Format:
        self._nully = value
        return self

    def si_prefix(self, value: Any) -> Format:
        self._prefix = _one_of(value, Prefix, "si_prefix")
        return self

    def to_plotly_json(self) -> dict[str, Any]:
        parts = dict(self._spec)
        if parts["align"] == Align.default:
            parts["fill"] = ""  # a fill means nothing without an alignment
        return {
            "locale": {k: list(v) if isinstance(v, list) else v for k, v in self._locale.items()},
            "nully": self._nully,
            "prefix": self._prefix,
            "specifier": "".join(str(parts[p]) for p in _PARTS),
        }


class FormatTemplate:
    """Ready-made formats (`dash_table.FormatTemplate.money(2)`)."""

    @staticmethod
    def money(decimals: int, sign: Any = Sign.default) -> Format:
        return Format(group=Group.yes, precision=decimals, scheme=Scheme.fixed, sign=sign,
                      symbol=Symbol.yes)

    @staticmethod
    def percentage(decimals: int, rounded: bool = False) -> Format:
        if not isinstance(rounded, bool):
            raise TypeError("FormatTemplate.percentage: `rounded` must be True or False.")
        scheme = Scheme.percentage_rounded if rounded else Scheme.percentage
        return Format(scheme=scheme, precision=decimals)


# `dash_table.FormatTemplate` is also importable as a module: the same two functions.
money = FormatTemplate.money
percentage = FormatTemplate.percentage
