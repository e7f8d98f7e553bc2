// The snapshot as the site stores it: Python's memory without its all-zero pages (about half of
// it), so the browser decodes and keeps half the bytes. Layout: "PYCS", the memory's length
// (uint32, little-endian), one byte per 64 KiB page (1 = stored), then the stored pages in order.
const MAGIC = [0x50, 0x59, 0x43, 0x53];
const PAGE = 65536;

export function packSnapshot(memory) {
  const pages = Math.ceil(memory.length / PAGE);
  const kept = new Uint8Array(pages);
  let size = 8 + pages;
  for (let i = 0; i < pages; i++) {
    const page = memory.subarray(i * PAGE, (i + 1) * PAGE);
    if (page.some((byte) => byte !== 0)) {
      kept[i] = 1;
      size += page.length;
    }
  }
  const out = new Uint8Array(size);
  out.set(MAGIC);
  new DataView(out.buffer).setUint32(4, memory.length, true);
  out.set(kept, 8);
  let at = 8 + pages;
  for (let i = 0; i < pages; i++) {
    if (!kept[i]) continue;
    const page = memory.subarray(i * PAGE, (i + 1) * PAGE);
    out.set(page, at);
    at += page.length;
  }
  return out;
}

export function unpackSnapshot(stored) {
  if (!MAGIC.every((byte, i) => stored[i] === byte)) throw new Error("not a pyclient snapshot file");
  const length = new DataView(stored.buffer, stored.byteOffset).getUint32(4, true);
  const pages = Math.ceil(length / PAGE);
  const memory = new Uint8Array(length);
  let at = 8 + pages;
  for (let i = 0; i < pages; i++) {
    if (!stored[8 + i]) continue;
    const size = Math.min(PAGE, length - i * PAGE);
    memory.set(stored.subarray(at, at + size), i * PAGE);
    at += size;
  }
  if (at !== stored.length) throw new Error("the snapshot file is truncated or damaged");
  return memory;
}
