// What Dash's component libraries expect from the page (dash-renderer gives them the same):
// window.dash_component_api and the window.dash_clientside helpers they call. Written from
// what the bundles call: useDashContext() (componentPath, useLoading, useSelector),
// ExternalWrapper (renders a component given as a prop), getLayout(path).
import { idString } from "./protocol.js";
import { getIn, getState } from "./layout.js";
import { DashContext, TreeNode } from "./tree.js";

const React = window.React;

// `javascript:` URLs become about:blank (any case, leading blanks and control characters).
export function cleanUrl(url) {
  if (typeof url !== "string") return url;
  // eslint-disable-next-line no-control-regex
  const bare = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return bare.startsWith("javascript:") ? "about:blank" : url;
}

function ExternalWrapper({ component, componentPath, ...extra }) {
  return React.createElement(TreeNode, { component, componentPath, ...extra });
}

export function installComponentApi() {
  window.dash_component_api = {
    DashContext,
    useDashContext: () => React.useContext(DashContext),
    ExternalWrapper,
    getLayout: (path) => getIn(getState().layout, path),
    stringifyId: idString,
  };
  const clientside = (window.dash_clientside ||= {});
  clientside.clean_url = cleanUrl;
}
