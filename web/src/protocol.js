// The messages between the page, the worker, the background executor and the worker's server
// client, from the schema Python reads too (pyclient/protocol.json; docs/protocol.md). Every
// message crosses postMessage as a JSON string, never as an object.
import schema from "../../pyclient/protocol.json";

const MESSAGES = schema.messages;

function known(type) {
  if (!Object.hasOwn(MESSAGES, type)) throw new Error(`pyclient: unknown message type "${type}" (pyclient/protocol.json lists every message).`);
  return type;
}

export const START = known("start");
export const BOOT = known("boot");
export const CHANGES = known("changes");
export const CLIENTSIDE_RESULT = known("clientside_result");
export const STATUS = known("status");
export const LAYOUT = known("layout");
export const UPDATE = known("update");
export const RUNNING = known("running");
export const ERROR = known("error");
export const BUSY = known("busy");
export const READY = known("ready");
export const IDLE = known("idle");
export const TIMING = known("timing");
export const RAN = known("ran");
export const CLIENTSIDE = known("clientside");
export const R_CALL = known("r_call");
export const R_RESULT = known("r_result");
export const FATAL = known("fatal");
export const BG_WARM = known("bg_warm");
export const BG_CANCEL = known("bg_cancel");
export const BG_FATAL = known("bg_fatal");
export const SERVER_CALL = known("server_call");
export const SERVER_RESULT = known("server_result");
export const SERVER_PROGRESS = known("server_progress");

// A message of `type` as JSON text, with every field the schema requires.
export function message(type, fields = {}) {
  const missing = MESSAGES[known(type)].fields.filter((f) => !(f in fields));
  if (missing.length) throw new Error(`pyclient: a "${type}" message needs ${missing.join(", ")}.`);
  return JSON.stringify({ type, ...fields });
}

// The type of a message received `here` ("page", "worker", ...), after checking that it is
// known, meant for `here` and whole; anything else throws.
export function check(msg, here) {
  const spec = MESSAGES[known(msg.type)];
  if (spec.to !== here) throw new Error(`pyclient: the ${here} received a "${msg.type}" message, which is meant for the ${spec.to}.`);
  const missing = spec.fields.filter((f) => !(f in msg));
  if (missing.length) throw new Error(`pyclient: a "${msg.type}" message arrived without ${missing.join(", ")}.`);
  return msg.type;
}

// The spec goes out as the exact text the page holds: the main thread edits its own copy of
// the layout in place, and re-serialising a large spec would only cost time.
export function bootMessage(specText, base, location, changes) {
  const head = message(BOOT, { base, location, changes, spec: null });
  return `${head.slice(0, -"null}".length)}${specText}}`;
}

export function startMessage(base, worker) {
  return message(START, { base, worker });
}

// `early`: made while Python loaded, so the scheduler replays it after the initial callbacks
// and each such event after the one before it (an Interval's ticks each get their call).
export function changesMessage(seq, changes, early) {
  return message(CHANGES, early ? { seq, changes, early } : { seq, changes });
}

// `at`: when the stage began, in ms since 1970 (the worker's clock and the page's differ in
// origin only).
// `loaded` / `total`: bytes of the site's files read so far, of those Python needs to start.
export function statusMessage(text, bytes = {}) {
  return message(STATUS, { text, at: performance.timeOrigin + performance.now(), ...bytes });
}

export function errorMessage(callback, message_, traceback) {
  return message(ERROR, { callback, message: message_, traceback });
}

export function fatalMessage(text, executor = false) {
  return message(executor ? BG_FATAL : FATAL, { message: text });
}

// A component id as the DOM and the protocol write it: a string as is, a dict as compact JSON
// with sorted keys and non-ASCII kept (Python: json.dumps(id, sort_keys=True,
// separators=(",", ":"), ensure_ascii=False)).
export function idString(id) {
  return typeof id === "string" ? id : canonicalJson(id);
}

function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
