// dcc.Location: renders nothing. On mount it reports pathname/search/hash/href from
// window.location (Dash folds these into the initial callbacks); the browser's back/forward
// buttons report the new location; a callback that sets pathname/search/hash/href navigates
// (a full load by default, history.pushState with refresh=False or "callback-nav"), as in Dash.
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";

const FIELDS = ["pathname", "href", "hash", "search"];

export function Location({ node, props, setProps }) {
  const previous = useRef(props);
  // The listeners below live as long as the component; the node they compare with must be the
  // current one (a replaced layout gives the same Location a new node).
  const current = useRef(node);
  current.current = node;

  useLayoutEffect(() => {
    const refresh = props.refresh ?? true;
    const report = {};
    let pushed = null;
    for (const field of FIELDS) {
      const value = props[field];
      if (value == null) report[field] = window.location[field];
      else if (value !== window.location[field]) {
        if (refresh === true) {
          window.location[field] = value;
          return;
        }
        if (previous.current[field] !== value) {
          report[field] = value;
          pushed = pushed || field;
        }
      }
    }
    previous.current = { ...props };
    if (Object.keys(report).length) setProps(report);
    if (!pushed) return;
    const url = pushed === "href" ? props.href : `${props.pathname}${props.search ?? ""}${props.hash ?? ""}`;
    window.history.pushState({}, "", url);
    if (refresh === "callback-nav") window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
  }, [props.pathname, props.href, props.hash, props.search, props.refresh]);

  useEffect(() => {
    const onChange = () => {
      const report = {};
      for (const field of FIELDS) {
        if (current.current.props[field] !== window.location[field]) report[field] = window.location[field];
      }
      if (Object.keys(report).length) setProps(report);
    };
    window.addEventListener("popstate", onChange);
    window.addEventListener("_dashprivate_pushstate", onChange);
    return () => {
      window.removeEventListener("popstate", onChange);
      window.removeEventListener("_dashprivate_pushstate", onChange);
    };
  }, []);

  return null;
}
