// dcc.Link: an <a>. As in Dash 4.4.1 (refresh defaults to false) a plain click changes the URL
// with history.pushState and tells dcc.Location, without reloading; refresh=True loads the page;
// a modifier key or a target other than _self is left to the browser.
import { h } from "preact";
import { cssStyle, safeUrl } from "./html.js";
import { renderValue } from "./index.js";

// dcc.Location listens for this event (Dash's own name for it).
export const PUSHSTATE = "_dashprivate_pushstate";

export function Link({ props, id }) {
  // A script URL becomes about:blank, as in Dash.
  const href = props.href == null ? undefined : safeUrl(props.href) ? String(props.href) : "about:blank";
  const onClick = (event) => {
    if (event.metaKey || event.shiftKey || event.altKey || event.ctrlKey) return;
    if (props.target != null && props.target !== "_self") return;
    event.preventDefault();
    if (href === undefined || !safeUrl(props.href)) return;
    if (props.refresh) {
      window.location.href = href;
      return;
    }
    window.history.pushState({}, "", href);
    window.dispatchEvent(new CustomEvent(PUSHSTATE));
    window.scrollTo(0, 0);
  };
  return h("a", {
    id, href, class: props.className, style: cssStyle(props.style), title: props.title, target: props.target, onClick,
  }, props.children == null ? href : renderValue(props.children));
}
