// dcc.Dropdown: <div id role=combobox> showing the selection (multi: one chip per value with a
// remove button) or the placeholder, a clear button, and when open a search box and a listbox
// of options. Selection rules follow Dash 4.4.1: picking the selected option of a single
// dropdown clears it (when clearable); a multi dropdown toggles and stays open; a value that
// is not among the options is dropped whenever the options change.
import { h } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { classes, cssStyle } from "./html.js";
import { optionLabel, sanitizeOptions } from "./checklist.js";

const asList = (value) => (Array.isArray(value) ? value : value == null ? [] : [value]);

// Dash's search: every word typed must be part of a word of the label or the value.
function matches(option, search) {
  const words = `${typeof option.label === "string" ? option.label : ""} ${option.value} ${option.search ?? ""}`
    .toLowerCase().split(/\s+/);
  return search.toLowerCase().split(/\s+/).filter(Boolean).every((part) => words.some((w) => w.includes(part)));
}

export function Dropdown({ node, props, id, setProps }) {
  const [open, setOpen] = useState(false);
  const box = useRef(null);
  const searchBox = useRef(null);
  const options = sanitizeOptions(props.options);
  const multi = !!props.multi;
  const clearable = props.clearable ?? true;
  const searchable = props.searchable ?? true;
  const disabled = !!props.disabled;
  const values = asList(props.value);

  // Dash sets the value to null (multi: removes the values) when the options no longer hold it.
  useLayoutEffect(() => {
    const { value, search_value } = node.props;
    if (search_value || value == null || (Array.isArray(value) && !value.length)) return;
    const known = new Set(options.map((o) => o.value));
    if (!Array.isArray(value)) {
      if (!known.has(value)) setProps({ value: null });
    } else if (multi && value.some((v) => !known.has(v))) {
      setProps({ value: value.filter((v) => known.has(v)) });
    }
  }, [props.options]);

  const close = () => {
    setOpen(false);
    if (node.props.search_value != null) setProps({ search_value: null });
  };

  // Typing goes to the search box as soon as the menu opens; a click elsewhere closes it.
  useEffect(() => {
    if (!open) return undefined;
    if (searchBox.current) searchBox.current.focus();
    const onDown = (event) => box.current && !box.current.contains(event.target) && close();
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const choose = (selection) => {
    if (!multi) close();
    if (!selection.length && !clearable) return;
    setProps({ value: multi ? selection : selection.length ? selection[selection.length - 1] : null });
  };
  const pick = (option) => {
    if (option.disabled) return;
    const current = asList(node.props.value);
    choose(current.includes(option.value) ? current.filter((v) => v !== option.value) : [...current, option.value]);
  };
  const clear = () => setProps({ value: multi ? [] : null });

  const toggle = (event) => {
    // Clicks on the menu, the clear button or a chip's remove button are handled there.
    if (disabled || event.target.closest(".pyclient-dropdown-menu, .pyclient-dropdown-clear, .pyclient-dropdown-remove")) return;
    if (open) close();
    else setOpen(true);
  };
  const onKeyDown = (event) => {
    if (event.key === "Escape" && open) close();
    else if ((event.key === "Enter" || event.key === "ArrowDown") && !open && event.target === box.current) setOpen(true);
  };

  // Values with no matching option are not shown (the placeholder is, when none is left).
  const shownValues = values.filter((value) => options.some((o) => o.value === value));
  const labelOf = (value) => options.find((o) => o.value === value);
  let shown;
  if (!shownValues.length) shown = h("span", { class: "pyclient-dropdown-placeholder" }, props.placeholder ?? "");
  else if (!multi) shown = h("span", { class: "pyclient-dropdown-value" }, optionLabel(labelOf(shownValues[0])));
  else {
    shown = shownValues.map((value, i) => {
      const option = labelOf(value);
      return h("span", { class: "pyclient-dropdown-chip", key: i }, optionLabel(option),
        h("button", {
          type: "button", class: "pyclient-dropdown-remove",
          "aria-label": `Remove ${typeof option.label === "object" ? "" : option.label ?? value}`.trim(),
          onClick: () => choose(asList(node.props.value).filter((v) => v !== value)),
        }, "×"));
    });
  }

  const search = props.search_value || "";
  const visible = searchable && search ? options.filter((o) => matches(o, search)) : options;
  const menu = open && h("div", { class: "pyclient-dropdown-menu" },
    searchable && h("input", {
      ref: searchBox, type: "text", class: "pyclient-dropdown-search", value: search, "aria-label": "Search",
      onInput: (event) => setProps({ search_value: event.currentTarget.value }),
      // Enter picks the first match, as in Dash.
      onKeyDown: (event) => event.key === "Enter" && search && visible.length && pick(visible[0]),
    }),
    h("div", { role: "listbox", "aria-multiselectable": multi },
      visible.map((option, i) => h("div", {
        key: i, role: "option", class: "pyclient-dropdown-option", "aria-selected": values.includes(option.value),
        "aria-disabled": !!option.disabled, title: option.title, tabIndex: -1, onClick: () => pick(option),
      }, optionLabel(option))),
      !visible.length && h("div", { class: "pyclient-dropdown-empty" }, "No options found")));

  return h("div", {
    ref: box, id, class: classes("pyclient-dropdown", props.className), role: "combobox", "aria-expanded": open,
    "aria-haspopup": "listbox", "aria-disabled": disabled || undefined, tabIndex: disabled ? -1 : 0,
    style: cssStyle(props.style), onClick: toggle, onKeyDown,
  },
  shown,
  clearable && !disabled && shownValues.length > 0 &&
    h("button", { type: "button", class: "pyclient-dropdown-clear", "aria-label": "Clear all", onClick: clear }, "×"),
  menu);
}
