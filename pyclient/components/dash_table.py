"""`dash_table`: not supported yet. Building an app that creates a DataTable stops with a
message that says so and names the way around it, instead of a page that breaks later."""

from __future__ import annotations

from typing import Any

from ..exceptions import PyodideUnsupported


class DataTable:
    """Refused at build time (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        table_id = kwargs.get("id")
        where = f' (id "{table_id}")' if table_id is not None else ""
        raise PyodideUnsupported(
            f"dash_table.DataTable{where} is not supported by pyclient yet. Show the rows with "
            "html.Table / html.Tr / html.Td (sorting and filtering in a callback), or keep this "
            "app on Dash."
        )


class FormatTemplate:
    """Imported by some apps next to DataTable; harmless on its own."""


class Format:
    """Imported by some apps next to DataTable; harmless on its own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
