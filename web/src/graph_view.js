// A --debug build's "Callback graph" button: the picture of `pyclient graph`, with the last
// chain that ran (from an input change until idle) highlighted and each callback's time.
// The drawing code (elkjs) and the graph's description load on the first click only.
const React = window.React;
const h = React.createElement;

let current = []; // [{index, ms}] of the chain running now, in the order the callbacks finished
let running = true; // the initial calls are the first chain
let lastChain = [];
let open = false;
let picture = null; // the SVG element drawn for lastChain
let problem = "";
let repaint = () => {};
let loaded = null;
let base = "";

// `here`: the URL main.js was loaded from (graph.js and graph.json sit next to it).
export function followChains(onChange, here) {
  repaint = onChange;
  base = here;
}

export function chainStarted() {
  if (!running) current = [];
  running = true;
}

export function callbackRan(index, ms) {
  current.push({ index, ms });
}

export function chainEnded() {
  if (!running) return;
  running = false;
  lastChain = current;
  if (open) draw();
}

function load(base) {
  loaded ||= Promise.all([
    fetch(new URL("graph.json", base)).then((r) => r.json()),
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("graph.js", base).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
      document.head.appendChild(script);
    }),
  ]).then(([description]) => description);
  return loaded;
}

async function draw() {
  try {
    const description = await load(base);
    picture = { svg: await window.pyclientGraph.draw(description, lastChain), description, chain: lastChain };
    problem = "";
  } catch (err) {
    problem = `The callback graph could not be drawn: ${err.message}`;
  }
  repaint();
}

function toggle() {
  open = !open;
  if (open) draw();
  repaint();
}

export function GraphView() {
  return h(React.Fragment, null,
    h("button", { id: "pyclient-graph-button", type: "button", onClick: toggle, "aria-expanded": open }, "Callback graph"),
    open && h("div", { id: "pyclient-graph", role: "dialog", "aria-label": "Callback graph" },
      h("div", { className: "pyclient-overlay-head" },
        h("span", null, "Callback graph"),
        h("button", { type: "button", "aria-label": "Close", onClick: toggle }, "×")),
      problem && h("p", { className: "pyclient-graph-problem" }, problem),
      picture && h(LastChain, picture),
      picture && h("div", { className: "pyclient-graph-picture", ref: (node) => node && node.replaceChildren(picture.svg) })));
}

function LastChain({ description, chain }) {
  if (!chain.length) return h("p", { className: "pyclient-graph-chain" }, "No callback has run yet.");
  const byIndex = new Map(description.callbacks.map((cb) => [cb.index, cb]));
  return h("ol", { className: "pyclient-graph-chain", "aria-label": "Last chain" }, chain.map(({ index, ms }, i) => {
    const cb = byIndex.get(index);
    return h("li", { key: i }, `${cb ? cb.name : index} (${cb ? cb.runs : "?"}): ${ms.toFixed(1)} ms`);
  }));
}
