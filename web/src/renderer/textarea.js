// dcc.Textarea: <textarea id>; the value is sent on input, blur counts n_blur and a click
// counts n_clicks, as in Dash 4.4.1.
import { h } from "preact";
import { cssStyle } from "./html.js";

const PASSED = [
  "cols", "rows", "minLength", "maxLength", "contentEditable", "tabIndex", "form", "name", "placeholder",
  "wrap", "accessKey", "dir", "draggable", "lang", "spellCheck", "title",
];

export function Textarea({ node, props, id, setProps }) {
  const attrs = {
    id, class: props.className, style: cssStyle(props.style), value: props.value ?? "",
    disabled: !!props.disabled, readOnly: !!props.readOnly, required: !!props.required,
    autoFocus: !!props.autoFocus, hidden: !!props.hidden,
    onInput: (event) => setProps({ value: event.currentTarget.value }),
    onBlur: () => setProps({ n_blur: (node.props.n_blur ?? 0) + 1, n_blur_timestamp: Date.now() }),
    onClick: () => setProps({ n_clicks: (node.props.n_clicks ?? 0) + 1, n_clicks_timestamp: Date.now() }),
  };
  for (const name of PASSED) if (props[name] != null) attrs[name] = props[name];
  return h("textarea", attrs);
}

Textarea.readDom = (el) => (el.value === el.defaultValue ? null : { value: el.value });
