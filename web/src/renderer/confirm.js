// dcc.ConfirmDialog (renders nothing) and dcc.ConfirmDialogProvider (<div id> around its
// children; a click inside it toggles `displayed`). When `displayed` turns true the browser's
// own window.confirm(message) opens; OK counts submit_n_clicks, Cancel cancel_n_clicks, and
// `displayed` goes back to false, as in Dash 4.4.1.
import { h } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { renderValue } from "./index.js";

function useConfirm(node, props, setProps) {
  const wasDisplayed = useRef(false);
  useEffect(() => {
    const opening = props.displayed && !wasDisplayed.current;
    wasDisplayed.current = !!props.displayed;
    if (!opening) return;
    // After the paint: window.confirm blocks the page until answered.
    const ok = window.confirm(props.message ?? "");
    const count = ok ? "submit_n_clicks" : "cancel_n_clicks";
    setProps({ [count]: (node.props[count] ?? 0) + 1, [`${count}_timestamp`]: Date.now(), displayed: false });
  }, [props.displayed]);
}

export function ConfirmDialog({ node, props, setProps }) {
  useConfirm(node, props, setProps);
  return null;
}

export function ConfirmDialogProvider({ node, props, id, setProps }) {
  useConfirm(node, props, setProps);
  return h("div", { id, onClick: () => setProps({ displayed: !node.props.displayed }) }, renderValue(props.children));
}
