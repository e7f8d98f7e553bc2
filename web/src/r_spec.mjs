// `pyclient build app.R`: source the app once in webR under Node, with pyclient's stand-in for
// the dash packages, and print its layout and callbacks as JSON (pyclient/r_app.py reads it).
// Usage: node r_spec.mjs dash.R components.R app.R
import { readFileSync } from "node:fs";
import { WebR } from "webr";

const [shim, components, app] = process.argv.slice(2);
const webR = new WebR({ interactive: false });
await webR.init();
try {
  await webR.FS.mkdir("/pyclient");
  await webR.FS.writeFile("/pyclient/dash.R", readFileSync(shim));
  await webR.FS.writeFile("/pyclient/components.R", readFileSync(components));
  await webR.FS.writeFile("/pyclient/app.R", readFileSync(app));
  const text = await webR.evalRString(
    'source("/pyclient/dash.R"); source("/pyclient/components.R"); .pyclient_read("/pyclient/app.R")');
  const { error } = JSON.parse(text);
  if (error) {
    process.stderr.write(error);
    process.exitCode = 1;
  } else {
    process.stdout.write(text);
  }
} catch (err) {
  process.stderr.write(`webR stopped: ${err.message || err}`);
  process.exitCode = 1;
} finally {
  webR.close();
}
