// dcc.Download: renders nothing. Each new `data` ({content, filename, type, base64}, as
// dcc.send_string / send_bytes / send_file make it) is saved as a file: a Blob behind a
// temporary <a download>, as Dash 4.4.1 does with file-saver. `type` and `base64` fall back to
// the component's props (defaults "text/plain" and false).
import { useEffect, useRef } from "preact/hooks";

function bytesOf(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function Download({ props }) {
  const first = useRef(true);
  useEffect(() => {
    // Dash downloads on a new value only, never for the value the page started with.
    if (first.current) {
      first.current = false;
      return;
    }
    const { data } = props;
    if (!data || typeof data !== "object") return;
    const type = data.type ?? props.type ?? "text/plain";
    const base64 = data.base64 ?? props.base64 ?? false;
    const blob = new Blob([base64 ? bytesOf(data.content) : String(data.content ?? "")], { type });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = data.filename ?? "download";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 40000);
  }, [props.data]);
  return null;
}
