// dcc.Clipboard: <button id class="pyclient-clipboard"> showing its children or a copy icon.
// A click counts n_clicks and copies, with navigator.clipboard, the text of the element
// `target_id` names (its innerText, else its value) or else `content` (plus `html_content`),
// after waiting for a callback that computes them, as Dash 4.4.1 does. For a second after
// copying it shows copied_children or a check mark.
import { h } from "preact";
import { useState } from "preact/hooks";
import { idString } from "../protocol.js";
import { classes, cssStyle } from "./html.js";
import { renderValue } from "./index.js";
import { getRunning, runningOf } from "./running.js";

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Icons drawn here, never from data; prerender.py writes the same markup.
const copyIcon = () => h("svg", { class: "pyclient-icon", viewBox: "0 0 16 16", width: "16", height: "16", "aria-hidden": "true" },
  h("path", { d: "M5 5V1.5h9.5V11H11M1.5 5H11v9.5H1.5z", fill: "none", stroke: "currentColor" }));
const copiedIcon = () => h("svg", { class: "pyclient-icon", viewBox: "0 0 16 16", width: "16", height: "16", "aria-hidden": "true" },
  h("path", { d: "M2 8.5l4 4 8-9", fill: "none", stroke: "currentColor", "stroke-width": "2" }));

function targetText(targetId) {
  const target = document.getElementById(idString(targetId));
  if (!target) throw new Error(`dcc.Clipboard: no element has the id ${idString(targetId)} (target_id).`);
  return target.innerText || (target.value ?? null);
}

export function Clipboard({ node, props, id, setProps }) {
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    let text;
    let html = null;
    if (props.target_id != null) {
      text = targetText(props.target_id);
    } else {
      // A callback on n_clicks may be computing the content: let it start, then finish.
      await wait(100);
      while (runningOf(getRunning(), id).length) await wait(100);
      text = node.props.content;
      html = node.props.html_content;
    }
    if (!text && !html) return;
    if (html) {
      const item = { "text/plain": new Blob([text ?? html], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) };
      await navigator.clipboard.write([new ClipboardItem(item)]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    setCopied(true);
    await wait(1000);
    setCopied(false);
  };

  const onClick = () => {
    setProps({ n_clicks: (node.props.n_clicks ?? 0) + 1 });
    copy().catch((err) => console.error(`pyclient: dcc.Clipboard ${id ?? ""} could not copy: ${err.message || err}`));
  };

  const face = copied
    ? (props.copied_children != null ? renderValue(props.copied_children) : copiedIcon())
    : (props.children != null ? renderValue(props.children) : copyIcon());
  return h("button", {
    type: "button", id, class: classes("pyclient-clipboard", props.className), style: cssStyle(props.style),
    // An icon alone needs a name.
    title: props.title, "aria-label": props.children == null && props.title == null ? "Copy" : undefined, onClick,
  }, face);
}
