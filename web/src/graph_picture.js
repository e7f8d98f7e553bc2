// The callback graph as a picture: components (with the props callbacks use) and callbacks
// (coloured by where they run), laid out by elkjs, drawn as a small SVG element tree. The tree
// becomes SVG text under Node (`pyclient graph`, graph_cli.mjs) or DOM elements in the page
// (graph_page.js): text is always a text node, never markup.
import ELK from "elkjs/lib/elk.bundled.js";

const CHAR = 7.2; // width of one character of 12px monospace
const LINE = 16;
const PROP_HEIGHT = 20;
export const PLACES = {
  browser: { fill: "#e8f1ff", stroke: "#2563eb" },
  server: { fill: "#fff4e0", stroke: "#d97706" },
  "server, background": { fill: "#fff4e0", stroke: "#d97706" },
  clientside: { fill: "#e9f9e7", stroke: "#16a34a" },
  background: { fill: "#f3e8ff", stroke: "#9333ea" },
  webR: { fill: "#e0f2fe", stroke: "#0369a1" },
};

function textWidth(lines) {
  return Math.max(...lines.map((line) => line.length)) * CHAR + 16;
}

function el(tag, attrs, ...children) {
  return { tag, attrs: attrs || {}, children: children.flat().filter((c) => c != null) };
}
const txt = (text) => ({ text: String(text) });

function callbackLines(cb, ran) {
  const lines = [cb.name, `runs: ${cb.runs}${cb.memoize ? ", memoized" : ""}`];
  if (ran) lines.push(`#${ran.order} in last chain: ${ran.ms.toFixed(1)} ms`);
  return lines;
}

// chain: [{index, ms}] in the order the callbacks finished in the last chain (the page's).
export async function drawGraph(description, chain = []) {
  const ran = new Map(chain.map((c, i) => [c.index, { ms: c.ms, order: i + 1 }]));
  const propIds = new Map();
  const children = description.components.map((comp, ci) => {
    const header = [comp.label, comp.type].filter(Boolean);
    const props = comp.props.map((prop, pi) => {
      const id = `p${ci}.${pi}`;
      propIds.set(`${comp.id}\u0000${prop}`, id);
      return { id, width: textWidth([prop]), height: PROP_HEIGHT, prop };
    });
    const width = Math.max(textWidth(header), ...props.map((p) => p.width + 16));
    return {
      id: `c${ci}`, comp, header, children: props,
      layoutOptions: {
        "elk.padding": `[top=${header.length * LINE + 10},left=8,bottom=8,right=8]`,
        "elk.nodeSize.constraints": "[MINIMUM_SIZE]",
        "elk.nodeSize.minimum": `(${width}, ${header.length * LINE + 40})`,
      },
    };
  });
  const edges = [];
  for (const cb of description.callbacks) {
    const lines = callbackLines(cb, ran.get(cb.index));
    children.push({ id: `cb${cb.index}`, cb, lines, width: textWidth(lines), height: lines.length * LINE + 12 });
    const edge = (kind, dep, out) => {
      const prop = propIds.get(`${dep.id}\u0000${dep.prop}`);
      const ends = out ? [`cb${cb.index}`, prop] : [prop, `cb${cb.index}`];
      edges.push({ id: `e${edges.length}`, sources: [ends[0]], targets: [ends[1]], kind, cb: cb.index });
    };
    cb.inputs.forEach((d) => edge("input", d, false));
    cb.states.forEach((d) => edge("state", d, false));
    cb.outputs.forEach((d) => edge("output", d, true));
  }
  const laid = await new ELK().layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.layered.spacing.nodeNodeBetweenLayers": "40",
      "elk.spacing.nodeNode": "16",
      "org.eclipse.elk.json.edgeCoords": "ROOT",
      "org.eclipse.elk.json.shapeCoords": "ROOT",
    },
    children,
    edges,
  });
  return picture(laid, description, ran);
}

function picture(laid, description, ran) {
  const top = 34; // the legend's row
  const width = Math.max(laid.width, 560);
  const height = laid.height + top;
  const faded = ran.size > 0;
  const nodes = laid.children.map((node) => {
    if (node.cb) {
      const place = PLACES[node.cb.runs] || PLACES.browser;
      const hit = ran.has(node.cb.index);
      return el("g", { class: `callback${hit ? " ran" : ""}`, "data-callback": node.cb.name, opacity: faded && !hit ? 0.45 : 1 },
        el("rect", { x: node.x, y: node.y, width: node.width, height: node.height, rx: 6, fill: place.fill, stroke: hit ? "#dc2626" : place.stroke, "stroke-width": hit ? 3 : 1.5 }),
        node.lines.map((line, i) => el("text", { x: node.x + 8, y: node.y + 18 + i * LINE, "font-weight": i === 0 ? "bold" : "normal" }, txt(line))));
    }
    return el("g", { class: "component", "data-id": node.comp.id },
      el("rect", { x: node.x, y: node.y, width: node.width, height: node.height, rx: 4, fill: "#fafafa", stroke: "#9ca3af" }),
      node.header.map((line, i) => el("text", { x: node.x + 8, y: node.y + 16 + i * LINE, "font-weight": i === 0 ? "bold" : "normal", fill: i === 0 ? "#111827" : "#6b7280" }, txt(line))),
      node.children.map((p) => el("g", { class: "prop" },
        el("rect", { x: p.x, y: p.y, width: p.width, height: p.height, rx: 3, fill: "#ffffff", stroke: "#d1d5db" }),
        el("text", { x: p.x + 6, y: p.y + 14 }, txt(p.prop)))));
  });
  const lines = laid.edges.map((edge) => {
    const hit = ran.has(edge.cb);
    const points = edge.sections.flatMap((s) => [s.startPoint, ...(s.bendPoints || []), s.endPoint]);
    return el("polyline", {
      class: `edge ${edge.kind}${hit ? " ran" : ""}`, fill: "none",
      points: points.map((p) => `${p.x},${p.y}`).join(" "),
      stroke: hit ? "#dc2626" : "#6b7280", "stroke-width": hit ? 2 : 1.2, opacity: faded && !hit ? 0.45 : 1,
      "stroke-dasharray": edge.kind === "state" ? "5,4" : null, "marker-end": `url(#arrow${hit ? "-ran" : ""})`,
    });
  });
  return el("svg", { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, "font-family": "ui-monospace, Menlo, Consolas, monospace", "font-size": 12, class: "pyclient-graph" },
    el("defs", null, arrow("arrow", "#6b7280"), arrow("arrow-ran", "#dc2626")),
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }),
    legend(description),
    el("g", { transform: `translate(0,${top})` }, nodes, lines)); // arrows over the boxes
}

function arrow(id, colour) {
  return el("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
    el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }));
}

function legend(description) {
  const used = new Set(description.callbacks.map((cb) => cb.runs));
  let x = 12;
  const items = [];
  for (const [name, { fill, stroke }] of Object.entries(PLACES)) {
    if (!used.has(name)) continue;
    items.push(el("rect", { x, y: 10, width: 14, height: 14, rx: 3, fill, stroke }), el("text", { x: x + 20, y: 21 }, txt(name)));
    x += 34 + name.length * CHAR;
  }
  items.push(el("text", { x, y: 21, fill: "#6b7280" }, txt("—— input   - - state")));
  return el("g", { class: "legend" }, items);
}

// ---- the tree as SVG text (Node) or as DOM elements (the page)

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function attributes(attrs) {
  return Object.entries(attrs).filter(([, v]) => v != null);
}

export function toSvgText(node) {
  if ("text" in node) return escape(node.text);
  const attrs = attributes(node.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  return `<${node.tag}${attrs}>${node.children.map(toSvgText).join("")}</${node.tag}>`;
}

export function toSvgElement(node, doc) {
  if ("text" in node) return doc.createTextNode(node.text);
  const element = doc.createElementNS("http://www.w3.org/2000/svg", node.tag);
  for (const [k, v] of attributes(node.attrs)) if (k !== "xmlns") element.setAttribute(k, String(v));
  node.children.forEach((child) => element.appendChild(toSvgElement(child, doc)));
  return element;
}
