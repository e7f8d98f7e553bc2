"""`dash_table.DataTable`: Dash's table, drawn in the page by dash_table's own bundle (sort,
filter, paging, editing, selection and export all happen there, as under Dash)."""

from __future__ import annotations

from .base import Component
from .format import Format, FormatTemplate  # noqa: F401  (dash_table.Format, FormatTemplate)

# A package to importlib: `dash_table.Format` and `dash_table.FormatTemplate` are modules too.
__path__: list[str] = []


class DataTable(Component):
    _type = "DataTable"
    _namespace = "dash_table"
    _wildcard_prefixes = ()
    # Dash 4.4.1's signature order (positional arguments follow it).
    _prop_names = (
    "data", "columns", "editable", "fixed_columns", "fixed_rows", "column_selectable",
    "cell_selectable", "row_selectable", "row_deletable", "active_cell", "selected_cells",
    "selected_rows", "selected_columns", "selected_row_ids", "start_cell", "end_cell",
    "data_previous", "hidden_columns", "is_focused", "merge_duplicate_headers", "data_timestamp",
    "include_headers_on_copy_paste", "export_columns", "export_format", "export_headers",
    "page_action", "page_current", "page_count", "page_size", "filter_query", "filter_action",
    "filter_options", "sort_action", "sort_mode", "sort_by", "sort_as_null", "dropdown",
    "dropdown_conditional", "dropdown_data", "tooltip", "tooltip_conditional", "tooltip_data",
    "tooltip_header", "tooltip_delay", "tooltip_duration", "locale_format", "style_as_list_view",
    "fill_width", "markdown_options", "css", "style_table", "style_cell", "style_data",
    "style_filter", "style_header", "style_cell_conditional", "style_data_conditional",
    "style_filter_conditional", "style_header_conditional", "virtualization",
    "derived_filter_query_structure", "derived_viewport_data", "derived_viewport_indices",
    "derived_viewport_row_ids", "derived_viewport_selected_columns",
    "derived_viewport_selected_rows", "derived_viewport_selected_row_ids", "derived_virtual_data",
    "derived_virtual_indices", "derived_virtual_row_ids", "derived_virtual_selected_rows",
    "derived_virtual_selected_row_ids", "id", "loading_state", "persistence", "persisted_props",
    "persistence_type",
    )
