// dcc.Input: the <input> element itself. Follows Dash 4.4.1's Input: the value is sent on every
// keystroke, or with `debounce=True` only on Enter/blur (a number debounce waits that many
// seconds); type="number" sends a number, or null when empty/invalid; Enter counts n_submit and
// blur counts n_blur, sent together with the value they cause.
import { h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { cssStyle } from "./html.js";

const PASSED = [
  "placeholder", "list", "multiple", "spellCheck", "name", "min", "max", "minLength", "maxLength",
  "pattern", "size", "readOnly", "required", "autoFocus", "title", "tabIndex", "accessKey", "dir", "lang",
];

// Dash's conversion: numeric strings become numbers, anything else NaN (sent as null).
const toNumber = (v) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN);
const sameNumber = (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b));
const shown = (value) => (value == null ? "" : String(value));

export function Input({ node, props, id, setProps }) {
  const type = props.type || "text";
  const debounce = props.debounce ?? false;
  const el = useRef(null);
  const timer = useRef(0);
  // The text being edited: with debounce it runs ahead of the `value` prop.
  const [draft, setDraft] = useState(() => shown(props.value));

  // A value set by a callback replaces the text, unless a debounced send is pending or (for
  // numbers) the text already means that number ("1.50" stays as typed).
  useLayoutEffect(() => {
    const dom = el.current;
    if (timer.current || !dom) return;
    const same = type === "number" ? sameNumber(toNumber(dom.value), toNumber(props.value)) : dom.value === shown(props.value);
    if (!same) setDraft(shown(props.value));
  }, [props.value]);

  const send = () => {
    clearTimeout(timer.current);
    timer.current = 0;
    const dom = el.current;
    const current = node.props.value;
    if (type === "number") {
      const value = dom.checkValidity() ? toNumber(dom.value) : NaN;
      if (!sameNumber(toNumber(current), value)) setProps({ value: Number.isNaN(value) ? null : value });
    } else if (dom.value !== shown(current)) {
      setProps({ value: dom.value });
    }
  };

  const onInput = (event) => {
    setDraft(event.currentTarget.value);
    if (debounce === true) return;
    if (typeof debounce === "number" && debounce > 0) {
      clearTimeout(timer.current);
      timer.current = setTimeout(send, debounce * 1000);
      return;
    }
    send();
  };

  const onKeyDown = (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    setProps({ n_submit: (node.props.n_submit ?? 0) + 1, n_submit_timestamp: Date.now() });
    if (debounce === true) send();
  };

  const onBlur = () => {
    setProps({ n_blur: (node.props.n_blur ?? 0) + 1, n_blur_timestamp: Date.now() });
    if (debounce === true) send();
  };

  const attrs = {
    ref: el, id, type, value: draft, class: props.className, style: cssStyle(props.style),
    disabled: [true, "disabled", "DISABLED"].includes(props.disabled),
    // Dash's defaults; step "any" keeps decimals valid in number inputs.
    step: props.step ?? "any", autoComplete: props.autoComplete ?? "off", inputMode: props.inputMode ?? "verbatim",
    onInput, onKeyDown, onBlur,
  };
  for (const name of PASSED) if (props[name] != null) attrs[name] = props[name];
  return h("input", attrs);
}

Input.readDom = (el, props) => {
  if (el.value === el.defaultValue) return null;
  if (props.type !== "number") return { value: el.value };
  const value = el.checkValidity() ? toNumber(el.value) : NaN;
  return sameNumber(value, toNumber(props.value)) ? null : { value: Number.isNaN(value) ? null : value };
};
