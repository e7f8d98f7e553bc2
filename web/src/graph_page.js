// The debug overlay's "Callback graph" (a --debug build only): main.js loads this file on the
// first click, so elkjs never weighs on a published site.
import { drawGraph, toSvgElement } from "./graph_picture.js";

window.pyclientGraph = {
  async draw(description, chain) {
    return toSvgElement(await drawGraph(description, chain), document);
  },
};
