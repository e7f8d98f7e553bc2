// dcc.Button: a <button type="button"> that counts n_clicks and n_blur, as Dash 4.4.1's Button
// (unlike html.Button, whose type the browser defaults to "submit").
import { h } from "preact";
import { cssStyle } from "./html.js";
import { renderValue } from "./index.js";

const PASSED = [
  "autoFocus", "disabled", "form", "formAction", "formEncType", "formMethod", "formNoValidate",
  "formTarget", "name", "value", "accessKey", "contentEditable", "dir", "draggable", "hidden", "lang",
  "role", "spellCheck", "tabIndex", "title",
];

export function Button({ node, props, id, setProps }) {
  const attrs = {
    id, class: props.className, style: cssStyle(props.style), type: props.type ?? "button",
    onClick: () => setProps({ n_clicks: (node.props.n_clicks ?? 0) + 1, n_clicks_timestamp: Date.now() }),
    onBlur: () => setProps({ n_blur: (node.props.n_blur ?? 0) + 1, n_blur_timestamp: Date.now() }),
  };
  for (const name of PASSED) if (props[name] != null && typeof props[name] !== "object") attrs[name] = props[name];
  return h("button", attrs, renderValue(props.children));
}
