// The page's first script, inlined into index.html's head by the build: start the worker at
// once, so Python loads while the page's other scripts download and run. The spec's "worker"
// options come in the JSON element just before it. main.js takes the worker over, with what
// it said meanwhile (window.pyclientWorker).
import { startMessage } from "./protocol.js";

const options = JSON.parse(document.getElementById("pyclient-start").textContent);
const worker = new Worker("_pyclient/worker.js", { type: "module" });
const heard = [];
worker.onmessage = worker.onerror = (event) => heard.push(event);
worker.postMessage(startMessage(new URL("_pyclient/", document.baseURI).href, options));
window.pyclientWorker = { worker, heard };
