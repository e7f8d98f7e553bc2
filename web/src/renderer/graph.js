// dcc.Graph: <div id class="pyclient-graph"> holding the <div> plotly.js draws `figure` into.
// plotly.js (~4.8 MB) is its own file, _pyclient/plotly.min.js, which the build ships only to
// apps that use a Graph and which is loaded when the first Graph mounts, so other pages never
// download it. Follows Dash 4.4.1's Graph: Plotly.react for every new figure (a Patch that
// appends a point recomputes, it does not rebuild the plot), the `responsive` rules, extendData
// / prependData, `animate`, and user events as props with Dash's shapes.
import { h } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { classes, cssStyle } from "./html.js";

const PLOTLY_URL = new URL("plotly.min.js", import.meta.url).href;
let plotlyLoading = null;

// The file is a UMD bundle that sets window.Plotly; importing it as a module runs it once.
function loadPlotly() {
  plotlyLoading ??= import(PLOTLY_URL).then(
    () => window.Plotly,
    () => {
      plotlyLoading = null; // a later Graph may try again
      throw new Error(`plotly.js could not be loaded from ${PLOTLY_URL}. The build copies it only for apps ` +
        "whose source uses dcc.Graph: rebuild the app, or check that the file is served.");
    });
  return plotlyLoading;
}

// Dash's `responsive`: true/false force it; "auto" follows config.responsive and the layout.
function isResponsive({ responsive, config, figure }) {
  if (typeof responsive === "boolean") return responsive;
  const layout = figure && figure.layout;
  return Boolean(config && config.responsive && (!layout ||
    ((layout.autosize || layout.autosize == null) && (layout.height == null || layout.width == null))));
}

// The container's height: the style's, else 100% when responsive (as Dash), else the height
// plotly will draw (layout.height or plotly's default 450 px), so the page does not jump.
function graphStyle(props) {
  const style = cssStyle(props.style) || {};
  if (style.height != null) return style;
  if (isResponsive(props)) return { height: "100%", ...style };
  const height = props.figure && props.figure.layout && props.figure.layout.height;
  return { height: `${typeof height === "number" ? height : 450}px`, ...style };
}

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const has = (object, key) => object != null && Object.prototype.hasOwnProperty.call(object, key);

// What plotly is given: a copy (plotly writes autorange results into the layout it holds, and
// the figure prop must stay what Python sent), with Dash's overrides for `responsive`.
function plotArguments(props) {
  const figure = props.figure || { data: [], layout: {}, frames: [] };
  const layout = clone(figure.layout);
  const config = { ...clone(props.config || {}), typesetMath: false }; // MathJax is not shipped
  if (typeof props.responsive === "boolean") config.responsive = props.responsive;
  if (layout && props.responsive === true) {
    layout.autosize = true;
    delete layout.height;
    delete layout.width;
  } else if (layout && props.responsive === false) {
    layout.autosize = false;
  }
  return { data: clone(figure.data) || [], layout, frames: clone(figure.frames), config };
}

// Dash's filterEventData: the points' plain values (no data/layout/axis objects), bbox,
// customdata from the trace, pointNumbers; relayout/restyle data as is; range and lassoPoints.
function eventData(gd, event, kind) {
  let out;
  if (kind === "points") {
    if (event == null) return null;
    const points = event.points.map((full) => {
      const point = {};
      for (const [key, value] of Object.entries(full)) if (value === null || typeof value !== "object") point[key] = value;
      if (has(full, "bbox")) point.bbox = full.bbox;
      const trace = gd.data[point.curveNumber];
      if (has(full, "curveNumber") && has(trace, "customdata")) {
        if (has(full, "pointNumber")) {
          if (typeof full.pointNumber === "number") point.customdata = trace.customdata[full.pointNumber];
          else if (!full.pointNumber && String(full.data && full.data.mode).includes("lines")) point.customdata = trace.customdata;
        } else if (has(full, "pointNumbers")) point.customdata = full.pointNumbers.map((i) => trace.customdata[i]);
      }
      if (has(full, "pointNumbers")) point.pointNumbers = full.pointNumbers;
      return point;
    });
    out = { points };
    const fullLayout = gd._fullLayout || {};
    if (fullLayout.hoveranywhere === true || fullLayout.clickanywhere === true) {
      if (has(event, "xvals")) out.xvals = event.xvals;
      if (has(event, "yvals")) out.yvals = event.yvals;
      if (has(event, "xaxes")) out.xaxes_id = event.xaxes[0]._id;
      if (has(event, "yaxes")) out.yaxes_id = event.yaxes[0]._id;
    }
  } else {
    out = event;
  }
  if (has(event, "range")) out.range = event.range;
  if (has(event, "lassoPoints")) out.lassoPoints = event.lassoPoints;
  return clone(out);
}

export function Graph({ node, props, id, setProps }) {
  const box = useRef(null);
  const plotDiv = useRef(null);
  const queue = useRef(null);
  const plotted = useRef(false);
  const latest = useRef(null);
  latest.current = { node, setProps };
  const [failure, setFailure] = useState(null);

  // Plotly calls run one after another, each once plotly.js has loaded.
  const later = (work) => {
    queue.current = (queue.current || Promise.resolve()).then(loadPlotly)
      .then((Plotly) => plotDiv.current && work(Plotly, plotDiv.current))
      .catch((error) => {
        console.error(`pyclient: dcc.Graph ${id ?? ""}: ${error.message}`);
        setFailure(error.message);
      });
  };

  useLayoutEffect(() => later(async (Plotly, gd) => {
    const current = latest.current.node.props;
    const args = plotArguments(current);
    if (current.animate && plotted.current && args.data.length === gd.data.length) {
      if (args.frames) await Plotly.deleteFrames(gd).then(() => Plotly.addFrames(gd, args.frames));
      await Plotly.animate(gd, args, current.animation_options ?? { frame: { redraw: false }, transition: { duration: 750, ease: "cubic-in-out" } });
      return;
    }
    await Plotly.react(gd, args);
    setFailure(null);
    if (!plotted.current) {
      plotted.current = true;
      bindEvents(gd);
      await Plotly.Plots.resize(gd).catch(() => {}); // as Dash: gives relayoutData {autosize: true}
    }
  }), [props.figure, props.config, props.responsive, props.animate]);

  // [update, traceIndices, maxPoints] (or just update) goes to Plotly.extendTraces/prependTraces;
  // the figure prop stays as it is, as in Dash.
  const amend = (value, method) => {
    if (value == null || (Array.isArray(value) && !value.length)) return;
    later((Plotly, gd) => {
      const [update, indices, maxPoints] = Array.isArray(value) && typeof value[0] === "object" ? value : [value];
      const traces = indices ?? [...Array(Object.values(update)[0].length).keys()];
      return Plotly[method](gd, clone(update), traces, maxPoints);
    });
  };
  useLayoutEffect(() => amend(props.prependData, "prependTraces"), [props.prependData]);
  useLayoutEffect(() => amend(props.extendData, "extendTraces"), [props.extendData]);

  // A responsive graph follows its container's size (plotly alone follows only the window).
  const responsive = isResponsive(props);
  useEffect(() => {
    if (!responsive || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => plotted.current && window.Plotly.Plots.resize(plotDiv.current).catch(() => {}));
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [responsive]);

  useEffect(() => {
    const gd = plotDiv.current;
    return () => {
      if (plotted.current && window.Plotly) {
        gd.removeAllListeners();
        window.Plotly.purge(gd);
      }
    };
  }, []);

  // User events become props, as Dash's Graph sets them (setProps sends only changed values).
  function bindEvents(gd) {
    const set = (changes) => latest.current.setProps(changes);
    const prop = (name) => latest.current.node.props[name];
    gd.on("plotly_click", (event) => {
      const clickData = eventData(gd, event, "points");
      if (clickData) set({ clickData: { ...clickData, timestamp: Date.now() } });
    });
    gd.on("plotly_clickannotation", ({ event, fullAnnotation, ...rest }) => {
      set({ clickAnnotationData: { ...clone(rest), timestamp: Date.now() } });
    });
    gd.on("plotly_hover", (event) => {
      const hoverData = eventData(gd, event, "points");
      if (hoverData) set({ hoverData });
    });
    gd.on("plotly_unhover", () => prop("clear_on_unhover") && set({ hoverData: null }));
    gd.on("plotly_selected", (event) => {
      const selectedData = eventData(gd, event, "points");
      if (selectedData) set({ selectedData });
    });
    gd.on("plotly_deselect", () => set({ selectedData: null }));
    gd.on("plotly_restyle", (event) => event && set({ restyleData: eventData(gd, event, "restyle") }));
    gd.on("plotly_relayout", (event) => {
      if (!event) return;
      const changes = { relayoutData: eventData(gd, event, "relayout") };
      // Dash 4.4.1 keeps what the user did (zoom, pan, dragmode) in figure.layout too.
      const figure = prop("figure") || {};
      const kept = {};
      for (const key of Object.keys(event)) {
        const name = key.split(".")[0].split("[")[0];
        if (["autosize", "width", "height"].includes(name) || has(kept, name)) continue;
        if (!same(figure.layout && figure.layout[name], gd.layout[name])) kept[name] = clone(gd.layout[name]);
      }
      if (Object.keys(kept).length) changes.figure = { ...figure, layout: { ...figure.layout, ...kept } };
      set(changes);
    });
  }

  return h("div", { ref: box, id, class: classes("pyclient-graph", props.className), style: graphStyle(props) },
    h("div", { ref: plotDiv, class: "pyclient-graph-plot", style: { height: "100%", width: "100%" } }),
    failure && h("div", { class: "pyclient-graph-error", role: "alert" }, failure));
}
