// `pyclient graph`: the description (JSON on stdin, from pyclient/graph_picture.py) becomes
// SVG text on stdout. Run under Node, never shipped.
import { drawGraph, toSvgText } from "./graph_picture.js";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const svg = await drawGraph(JSON.parse(input));
process.stdout.write(toSvgText(svg) + "\n");
