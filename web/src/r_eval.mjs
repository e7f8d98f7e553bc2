// For pyclient's tests (never shipped): evaluate R expressions in webR under Node, with
// pyclient's stand-in for the dash packages loaded. stdin: {"files": [R files to source],
// "copies": {path in webR: local path}, "expressions": [R code, each giving one string]};
// stdout: a JSON list of results, an error as {"error": message}.
import { readFileSync } from "node:fs";
import { WebR } from "webr";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const { files, copies = {}, expressions } = JSON.parse(input);
const webR = new WebR({ interactive: false });
await webR.init();
await webR.FS.mkdir("/pyclient");
for (const [i, file] of files.entries()) {
  await webR.FS.writeFile(`/pyclient/${i}.R`, readFileSync(file));
  await webR.evalRVoid(`source("/pyclient/${i}.R")`);
}
for (const [there, here] of Object.entries(copies)) await webR.FS.writeFile(there, readFileSync(here));
const results = [];
for (const code of expressions) {
  try {
    results.push(await webR.evalRString(code));
  } catch (err) {
    results.push({ error: String(err.message || err) });
  }
}
process.stdout.write(JSON.stringify(results));
webR.close();
