// dcc.Checklist and dcc.RadioItems: <div id> holding one <label><input>label</label> per option. As in Dash 4.4.1, checking a box appends its value to the Checklist value (click
// order) and unchecking removes it; RadioItems sends the one value picked.
import { h } from "preact";
import { cssStyle } from "./html.js";
import { isComponent, renderValue } from "./index.js";

// Options: a list of strings/numbers, a dict value -> label, or a list of {label, value, disabled}.
export function sanitizeOptions(options) {
  if (Array.isArray(options)) {
    return options.map((o) => (o !== null && typeof o === "object" ? o : { label: String(o), value: o }));
  }
  if (options !== null && typeof options === "object") {
    return Object.entries(options).map(([value, label]) => ({ label: isComponent(label) ? label : String(label), value }));
  }
  return [];
}

// A label is text, or components (Dash allows those too).
export function optionLabel(option) {
  const { label, value } = option;
  return label !== null && typeof label === "object" ? renderValue(label) : String(label ?? value);
}

function OptionList({ props, id, inputType, selected, onPick }) {
  // Without `inline` each label is a block, as Dash's labelStyle default does.
  const labelStyle = props.inline ? cssStyle(props.labelStyle) : { display: "block", ...cssStyle(props.labelStyle) };
  return h("div", { id, class: props.className, style: cssStyle(props.style) },
    sanitizeOptions(props.options).map((option, i) => h("label", { key: i, class: props.labelClassName, style: labelStyle },
      h("input", {
        type: inputType, class: props.inputClassName, style: cssStyle(props.inputStyle), value: String(option.value),
        checked: selected.includes(option.value), disabled: !!option.disabled, onChange: () => onPick(option),
      }),
      optionLabel(option))));
}

export function Checklist({ node, props, id, setProps }) {
  const onPick = (option) => {
    const value = node.props.value ?? [];
    setProps({ value: value.includes(option.value) ? value.filter((v) => v !== option.value) : [...value, option.value] });
  };
  return h(OptionList, { props, id, inputType: "checkbox", selected: props.value ?? [], onPick });
}

export function RadioItems({ node, props, id, setProps }) {
  const onPick = (option) => node.props.value !== option.value && setProps({ value: option.value });
  return h(OptionList, { props, id, inputType: "radio", selected: props.value == null ? [] : [props.value], onPick });
}

// Boxes ticked in the pre-rendered page before boot: kept values first, new ones in option order.
Checklist.readDom = (el, props) => {
  const boxes = [...el.querySelectorAll("input")];
  if (boxes.every((b) => b.checked === b.defaultChecked)) return null;
  const options = sanitizeOptions(props.options);
  const checked = options.filter((o, i) => boxes[i] && boxes[i].checked).map((o) => o.value);
  const value = props.value ?? [];
  return { value: [...value.filter((v) => checked.includes(v)), ...checked.filter((v) => !value.includes(v))] };
};

RadioItems.readDom = (el, props) => {
  const boxes = [...el.querySelectorAll("input")];
  const picked = boxes.findIndex((b) => b.checked && !b.defaultChecked);
  const option = sanitizeOptions(props.options)[picked];
  return option && option.value !== props.value ? { value: option.value } : null;
};
