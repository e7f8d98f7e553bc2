// An R app's callbacks (`pyclient build app.R`): webR runs them, in its own worker, started
// from the page as soon as it loads; the Python scheduler in pyclient's worker sends each call
// here ("r_call") and gets its result back ("r_result"). Only the site's own files are
// loaded: webR's runtime from _pyclient/webr/, the stand-in for the dash packages and the app
// from _pyclient/r/ (pyclient/r_app.py).
let started = null;

export function startR(here, files) {
  started ||= (async () => {
    const { WebR } = await import(new URL("webr/webr.js", here).href); // the browser build
    // PostMessage: a static host sends no cross-origin isolation headers.
    const base = new URL("webr/", here).href;
    // repoUrl: no package is ever installed; the default would name a CDN.
    const webR = new WebR({ baseUrl: base, repoUrl: base, interactive: false, channelType: 3 });
    await webR.init();
    await webR.FS.mkdir("/pyclient");
    for (const file of files) {
      const response = await fetch(new URL(file, here));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await webR.FS.writeFile(`/pyclient/${file.split("/").pop()}`, new Uint8Array(await response.arrayBuffer()));
    }
    await webR.evalRVoid('source("/pyclient/dash.R"); source("/pyclient/components.R"); .pyclient_source("/pyclient/app.R")');
    return webR;
  })();
  return started;
}

// One call: the result as the worker expects it ({status, value} or {status, message, traceback}).
export async function runR(here, files, message) {
  try {
    const webR = await startR(here, files);
    const text = await webR.evalRString(".pyclient_call(index, inputs, states, info)", {
      env: { index: message.index, inputs: JSON.stringify(message.inputs), states: JSON.stringify(message.states), info: JSON.stringify(message.info) },
    });
    return JSON.parse(text);
  } catch (err) {
    return { status: "error", message: `R could not run this call: ${err.message}`, traceback: "" };
  }
}
