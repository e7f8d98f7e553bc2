// dcc.Upload: <div id class="pyclient-upload"> holding the children (the drop zone) and a
// hidden <input type="file">. A click on it opens the file dialog (unless disabled or
// disable_click); dropped or chosen files are read as base64 data URLs and set `contents`,
// `filename` and `last_modified` (seconds since 1970), or lists of them with `multiple`, as
// Dash 4.4.1 (react-dropzone) does. Files refused by `accept`, `max_size` (-1: no limit) or
// `min_size` are left out; nothing is sent when no file is left.
import { h } from "preact";
import { useRef, useState } from "preact/hooks";
import { classes, cssStyle } from "./html.js";
import { renderValue } from "./index.js";

const STYLE_ACTIVE = { borderStyle: "solid", borderColor: "#6c6", backgroundColor: "#eee" };
const STYLE_REJECT = { borderStyle: "solid", borderColor: "#c66", backgroundColor: "#eee" };
const STYLE_DISABLED = { opacity: 0.5 };

// attr-accept's rule: ".ext", "type/*" or "type/subtype", comma-separated.
export function accepted(file, accept) {
  if (!accept) return true;
  const name = (file.name || "").toLowerCase();
  const type = (file.type || "").toLowerCase();
  return String(accept).split(",").map((a) => a.trim().toLowerCase()).filter(Boolean).some((rule) => {
    if (rule.startsWith(".")) return name.endsWith(rule);
    if (rule.endsWith("/*")) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

const readAsDataURL = (file) => new Promise((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(reader.result);
  reader.onerror = () => reject(reader.error);
  reader.readAsDataURL(file);
});

export function Upload({ props, id, setProps }) {
  const input = useRef(null);
  const [drag, setDrag] = useState(null); // null | "active" | "reject" while files are dragged over
  const disabled = !!props.disabled;
  const maxSize = props.max_size ?? -1;

  const fits = (file) => accepted(file, props.accept) && file.size >= (props.min_size ?? 0) &&
    (maxSize === -1 || file.size <= maxSize);

  const take = (fileList) => {
    const files = [...fileList].filter(fits);
    const chosen = props.multiple ? files : files.slice(0, 1);
    if (!chosen.length) return Promise.resolve();
    return Promise.all(chosen.map(readAsDataURL)).then((contents) => {
      const filename = chosen.map((f) => f.name);
      const lastModified = chosen.map((f) => f.lastModified / 1000);
      setProps(props.multiple
        ? { contents, filename, last_modified: lastModified }
        : { contents: contents[0], filename: filename[0], last_modified: lastModified[0] });
    }).catch((err) => console.error(`pyclient: dcc.Upload ${id ?? ""} could not read a file: ${err.message || err}`));
  };

  const onDragOver = (event) => {
    event.preventDefault();
    if (disabled) return;
    const types = [...(event.dataTransfer?.items || [])].filter((i) => i.kind === "file").map((i) => i.type);
    // While dragging only MIME types are known: extension rules are judged on drop.
    const judged = props.accept && !String(props.accept).includes(".");
    const ok = !judged || types.every((type) => accepted({ name: "", type }, props.accept));
    setDrag(ok && (props.multiple || types.length <= 1) ? "active" : "reject");
  };
  const onDrop = (event) => {
    event.preventDefault();
    setDrag(null);
    if (!disabled) take(event.dataTransfer.files);
  };

  const style = {
    ...cssStyle(props.style),
    ...(disabled ? cssStyle(props.style_disabled ?? STYLE_DISABLED) : {}),
    ...(drag === "active" ? cssStyle(props.style_active ?? STYLE_ACTIVE) : {}),
    ...(drag === "reject" ? cssStyle(props.style_reject ?? STYLE_REJECT) : {}),
  };
  return h("div", {
    id, style,
    class: classes("pyclient-upload", props.className, disabled && props.className_disabled,
      drag === "active" && props.className_active, drag === "reject" && props.className_reject),
    "aria-disabled": disabled ? "true" : undefined,
    onClick: () => !disabled && !props.disable_click && input.current.click(),
    onDragOver, onDragLeave: () => setDrag(null), onDrop,
  },
  renderValue(props.children),
  h("input", {
    ref: input, type: "file", hidden: true, accept: props.accept ?? undefined, multiple: !!props.multiple, disabled,
    // The same file chosen twice is a new choice: the input forgets it once read.
    onChange: (event) => {
      const el = event.currentTarget;
      take(el.files).finally(() => { el.value = ""; });
    },
    // Its click comes from the box; it must not bubble back to it.
    onClick: (event) => event.stopPropagation(),
  }));
}
