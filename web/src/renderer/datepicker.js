// dcc.DatePickerSingle: the native <input type="date"> itself, with the id. dcc.DatePickerRange:
// <div id> holding two of them (start, end). Dates are "YYYY-MM-DD" strings (a datetime string
// shows its date part); min_date_allowed / max_date_allowed become min / max and a date outside
// them is refused, as Dash's picker refuses it; clearing the input gives null. DatePickerRange
// with updatemode "bothdates" sends start and end together once both are set; "singledate"
// (default) sends each as it changes.
import { h } from "preact";
import { useState } from "preact/hooks";
import { classes, cssStyle } from "./html.js";

export const dateOf = (value) => (typeof value === "string" ? value.slice(0, 10) : "");

function DateInput({ id, value, props, label, placeholder, onPick, className, style }) {
  return h("input", {
    id, type: "date", class: className, style, value, min: dateOf(props.min_date_allowed) || undefined,
    max: dateOf(props.max_date_allowed) || undefined, placeholder: placeholder ?? undefined,
    "aria-label": placeholder ?? label, disabled: !!props.disabled,
    onChange: (event) => {
      const el = event.currentTarget;
      // A date outside min/max is refused and the last one shown again, as Dash's picker does.
      if (!el.checkValidity()) el.value = value;
      else onPick(el.value || null);
    },
  });
}

export function DatePickerSingle({ node, props, id, setProps }) {
  return h(DateInput, {
    id, props, value: dateOf(props.date), label: "Select Date", placeholder: props.placeholder,
    className: props.className, style: cssStyle(props.style),
    onPick: (date) => date !== dateOf(node.props.date) && setProps({ date }),
  });
}

export function DatePickerRange({ node, props, id, setProps }) {
  // What the inputs show; with "bothdates" it runs ahead of the props until both are set.
  const [draft, setDraft] = useState(null);
  const shown = draft ?? { start_date: dateOf(props.start_date) || null, end_date: dateOf(props.end_date) || null };

  const pick = (which, date) => {
    const next = { ...shown, [which]: date };
    if (props.updatemode === "bothdates" && (!next.start_date || !next.end_date)) {
      setDraft(next);
      return;
    }
    setDraft(null);
    const changes = props.updatemode === "bothdates" ? next : { [which]: date };
    setProps(Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== (dateOf(node.props[k]) || null))));
  };

  const input = (which, label) => h(DateInput, {
    id: props[`${which}_id`] ?? undefined, props, value: shown[which] ?? "", label,
    placeholder: props[`${which}_placeholder_text`], onPick: (date) => pick(which, date),
  });
  return h("div", { id, class: classes("pyclient-daterange", props.className), style: cssStyle(props.style) },
    input("start_date", "Start Date"),
    h("span", { class: "pyclient-daterange-arrow", "aria-hidden": "true" }, "→"),
    input("end_date", "End Date"));
}

DatePickerSingle.readDom = (el, props) => (el.value === dateOf(props.date) ? null : { date: el.value || null });
