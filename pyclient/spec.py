"""`build_spec(app)`: the app as JSON for the browser (layout + callbacks + config)."""

from __future__ import annotations

from typing import Any

from .jsonify import to_json_value


def callback_entries(app: Any) -> list[dict[str, Any]]:
    """One JSON entry per callback, with names made unique (`name#2`) for calls()."""
    entries = []
    seen: dict[str, int] = {}
    for index, cb in enumerate(app.all_callbacks()):
        seen[cb.name] = seen.get(cb.name, 0) + 1
        name = cb.name if seen[cb.name] == 1 else f"{cb.name}#{seen[cb.name]}"
        prevent = cb.prevent_initial_call
        if prevent is None and any(cb is mine for mine in app.callback_list):
            # Dash(prevent_initial_callbacks=True) covers @app.callback, not module-level
            # @callback (measured on Dash 4.4.1).
            prevent = app.prevent_initial_callbacks
        # "initial_duplicate": an allow_duplicate callback that still runs on load.
        initial_duplicate = prevent == "initial_duplicate"
        memoize = cb.memoize if cb.memoize is not None else app.memoize
        entries.append(to_json_value(
            {
                "index": index,
                "name": name,
                "outputs": [o.to_dict() for o in cb.outputs],
                "inputs": [i.to_dict() for i in cb.inputs],
                "state": [s.to_dict() for s in cb.states],
                "prevent_initial_call": bool(prevent) and not initial_duplicate,
                "initial_duplicate": initial_duplicate,
                "server": cb.server,
                "memoize": bool(memoize),
                "clientside": cb.clientside,
                "output_shape": cb.output_shape,
                "running": [
                    {"id": o.id_str, "property": o.component_property, "on": on, "off": off}
                    for o, on, off in cb.options.get("running", [])
                ],
                "background": bool(cb.options.get("background")),
                "interval": cb.options.get("interval") or 1000,
                "progress": [o.to_dict() for o in cb.options.get("progress", [])],
                "progress_default": cb.options.get("progress_default"),
                "cancel": [i.to_dict() for i in cb.options.get("cancel", [])],
                "arg_names": cb.input_shape if isinstance(cb.input_shape, (dict, list)) else None,
            },
            f'callback "{name}" options',
        ))
    return entries


def build_spec(app: Any) -> dict[str, Any]:
    layout_is_function = callable(app.layout) and not hasattr(app.layout, "to_plotly_json")
    # Dash encodes with plotly's rules: dates as ISO text, NaN as null.
    layout = to_json_value(app.resolved_layout(), "the layout", plotly_rules=True)
    return {
        "title": app.title,
        "layout": layout,
        "layout_is_function": layout_is_function,
        "callbacks": callback_entries(app),
        "config": {
            "suppress_callback_exceptions": app.suppress_callback_exceptions,
            "update_title": app.config.update_title,
            "debug": False,  # the build sets it (`--debug`)
        },
    }
