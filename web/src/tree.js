// Mounts the layout with the component libraries' own React components (window[namespace]
// [type], from Dash's dcc/html/dash_table bundles and any third-party library's bundle), the
// way dash-renderer does: each component is wrapped in a TreeNode that knows its path in the
// layout, provides DashContext, turns components found in its props into TreeNodes, and
// reports the component's setProps to main.js.
import { idString } from "./protocol.js";
import { getIn, getState, holdsComponent, insertAt, isComponent, subscribe } from "./layout.js";

const React = window.React;
const h = React.createElement;

export const DashContext = React.createContext({});

let onSetProps = () => {};

// main.js owns what a change means (a prop change for the worker); components report here.
export function connect(setProps) {
  onSetProps = setProps;
}

export const pathKey = (path) => JSON.stringify(path);

// A slice of the state that re-renders the caller when it changes (by `equal`).
export function useSelector(selector, equal = Object.is) {
  const last = React.useRef(null);
  const snapshot = () => {
    const value = selector(getState());
    if (last.current && equal(last.current.value, value)) return last.current.value;
    last.current = { value };
    return value;
  };
  return React.useSyncExternalStore(subscribe, snapshot);
}

function loadingAt(loading, key, filter) {
  const entries = loading[key];
  if (!entries || !entries.length) return false;
  return filter ? entries.some(filter) : true;
}

function contextFor(componentPath) {
  const ownKey = pathKey(componentPath); // once: selectors run on every store change
  return {
    componentPath,
    // A hook: true while a callback computes one of this component's props.
    useLoading: (options = {}) => {
      const key = options.rawPath ? pathKey(options.rawPath) : ownKey;
      return useSelector((state) => loadingAt(state.loading, key, options.filterFunc));
    },
    useSelector,
  };
}

// Components inside a prop value become TreeNodes at their path; other values pass as they are.
function materialize(value, path) {
  if (isComponent(value)) {
    const key = value.props.id == null ? undefined : idString(value.props.id);
    return h(TreeNode, { componentPath: path, key });
  }
  if (!holdsComponent(value)) return value;
  if (Array.isArray(value)) {
    return value.map((item, i) => (isComponent(item)
      ? h(TreeNode, { componentPath: [...path, i], key: item.props.id == null ? i : idString(item.props.id) })
      : materialize(item, [...path, i])));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialize(v, [...path, k])]));
}

function Unknown({ node }) {
  const name = `${node.namespace}.${node.type}`;
  return h("div", { className: "pyclient-unknown" },
    `pyclient cannot display the component ${name}: its library's JavaScript is not in the site.`);
}

// One failing component shows its error in its place; the rest of the page keeps working.
class ComponentErrorBoundary extends React.Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    console.error(`pyclient: the component ${this.props.name} failed to render: ${describe(error)}`);
  }

  componentDidUpdate(previous) {
    if (this.state.error && previous.node !== this.props.node) this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { id } = this.props.node.props;
    return h("div", { id: id == null ? undefined : idString(id), className: "pyclient-component-error", role: "alert" },
      `${this.props.name} could not be displayed: ${describe(error)}`);
  }
}

// A bundle's lazy chunk (or plotly.js) that failed to load rejects with the script's Event.
function describe(error) {
  if (typeof Event !== "undefined" && error instanceof Event) {
    const src = error.target && (error.target.src || error.target.href);
    return src ? `the file ${src} could not be loaded` : `a file it needs could not be loaded (${error.type})`;
  }
  return (error && error.message) || String(error);
}

function TreeNodeBody({ componentPath, component, ...extra }) {
  const key = pathKey(componentPath);
  const stored = useSelector((state) => getIn(state.layout, componentPath));
  const node = isComponent(stored) ? stored : component;
  const context = React.useMemo(() => contextFor(componentPath), [key]);
  const setProps = React.useCallback((changes) => {
    if (!isComponent(getIn(getState().layout, componentPath)) && component) insertAt(componentPath, component);
    onSetProps(componentPath, changes);
  }, [key, component]);
  const props = React.useMemo(() => {
    if (!node) return null;
    const out = {};
    for (const [name, value] of Object.entries(node.props)) out[name] = materialize(value, [...componentPath, "props", name]);
    if (node.props.id != null) out.id = idString(node.props.id);
    return out;
  }, [node && node.props, key]);
  if (!node) return null;
  const library = window[node.namespace];
  const type = library && library[node.type];
  const element = type ? h(type, { ...props, ...extra, setProps }) : h(Unknown, { node });
  return h(DashContext.Provider, { value: context },
    h(ComponentErrorBoundary, { name: `${node.namespace}.${node.type}`, node }, element));
}

// Re-renders when its path or what a parent passed changes; store changes reach it through
// useSelector. Parents (dcc.Tabs) read `componentPath` from the element's props.
export const TreeNode = React.memo(TreeNodeBody, (a, b) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) =>
    (k === "componentPath" ? pathKey(a[k]) === pathKey(b[k]) : a[k] === b[k]));
});

// The whole layout: a component or a list of them (a list layout, as in Dash).
export function Root() {
  const layout = useSelector((state) => state.layout);
  return materialize(layout, []);
}
