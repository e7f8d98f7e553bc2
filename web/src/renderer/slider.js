// dcc.Slider and dcc.RangeSlider: <div id class="pyclient-slider"> holding native range inputs
// (one per handle) and the marks as text. Follows Dash 4.4.1: `updatemode` "mouseup" sends
// `value` on release and `drag_value` while dragging, "drag" sends both while dragging;
// `drag_value` is also set when the slider mounts or gets a new value; without `marks` the
// marks are generated from min/max/step and the slider's width as Dash does.
import { h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { classes, cssStyle } from "./html.js";

export function Slider(args) {
  return h(AnySlider, { ...args, range: false });
}

export function RangeSlider(args) {
  return h(AnySlider, { ...args, range: true });
}

const valuesOf = (value) => (Array.isArray(value) ? value : value == null ? [] : [value]);

function AnySlider({ node, props, id, setProps, range }) {
  const box = useRef(null);
  const [width, setWidth] = useState(null);
  const marks = props.marks && Object.keys(props.marks).length <= 500 ? props.marks : props.marks === null ? null : undefined;
  const markValues = marks ? Object.keys(marks).map(Number).filter((v) => !Number.isNaN(v)) : [];
  const min = props.min ?? (markValues.length ? Math.min(...markValues) : 0);
  const max = props.max ?? (markValues.length ? Math.max(...markValues) : 1);
  // Slider (not RangeSlider) defaults to step 1 between integer bounds.
  const stepProp = props.step === undefined && !range && Number.isInteger(props.min) && Number.isInteger(props.max) ? 1 : props.step;
  const snapToMarks = stepProp === null && markValues.length > 0;
  const step = stepProp === null ? undefined : calcStep(min, max, stepProp);
  const [handles, setHandles] = useState(() => initialHandles(props.value, min, max, range));

  // drag_value follows value on mount and whenever a callback moves the handles.
  const mounted = useRef(false);
  useLayoutEffect(() => {
    const given = valuesOf(props.value);
    const moved = JSON.stringify(given) !== JSON.stringify(handles);
    if (given.length && (moved || !mounted.current)) {
      setHandles(given);
      setProps({ drag_value: props.value });
    }
    mounted.current = true;
  }, [JSON.stringify(props.value)]);

  // Auto-generated marks depend on the slider's width (Dash measures it too).
  useLayoutEffect(() => {
    if (!box.current || typeof ResizeObserver === "undefined") return undefined;
    const measure = () => box.current && setWidth(box.current.getBoundingClientRect().width || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box.current);
    return () => observer.disconnect();
  }, []);

  const move = (i, event, commit) => {
    let v = Number(event.currentTarget.value);
    if (snapToMarks) v = markValues.reduce((best, m) => (Math.abs(m - v) < Math.abs(best - v) ? m : best));
    const next = [...handles];
    next[i] = Math.min(Math.max(v, next[i - 1] ?? -Infinity), next[i + 1] ?? Infinity);
    event.currentTarget.value = next[i];
    setHandles(next);
    const out = range ? next : next[0];
    const drag = props.updatemode === "drag";
    if (!commit) setProps(drag ? { value: out, drag_value: out } : { drag_value: out });
    else if (!drag) setProps({ value: out });
  };

  const shownMarks = marks === null ? [] : sliderMarks(marks, min, max, stepProp, width);
  const at = (v) => `${max > min ? ((v - min) / (max - min)) * 100 : 0}%`;
  return h("div", { ref: box, id, class: classes("pyclient-slider", props.className), style: cssStyle(props.style) },
    handles.map((v, i) => h("input", {
      key: i, type: "range", min, max, step: step ?? "any", value: v, disabled: !!props.disabled,
      onInput: (event) => move(i, event, false), onChange: (event) => move(i, event, true),
    })),
    shownMarks.map(([v, label, style]) => h("span", { key: `m${v}`, class: "pyclient-mark", style: { ...cssStyle(style), left: at(v) } }, label)));
}

function initialHandles(value, min, max, range) {
  const given = valuesOf(value);
  if (given.length) return given;
  return range ? [min, max] : [min];
}

Slider.readDom = RangeSlider.readDom = (el, props) => {
  const inputs = [...el.querySelectorAll("input[type=range]")];
  if (inputs.every((i) => i.value === i.defaultValue)) return null;
  const values = inputs.map((i) => Number(i.value));
  return { value: Array.isArray(props.value) ? values : values[0] };
};

// ---- marks, as Dash's computeSliderMarkers.ts computes them

// [value, label, style] sorted by value; given marks are clipped to [min, max].
function sliderMarks(marks, min, max, step, width) {
  const given = marks ? Object.entries(marks).filter(([k]) => Number(k) >= min && Number(k) <= max) : [];
  const entries = given.length ? given : Object.entries(autoMarks(min, max, step, width));
  return entries
    .map(([k, m]) => (m !== null && typeof m === "object" ? [Number(k), String(m.label ?? ""), m.style] : [Number(k), String(m), null]))
    .sort((a, b) => a[0] - b[0]);
}

export function calcStep(min, max, step) {
  if (step) return step;
  const v = (Math.abs(max - min) + Number.EPSILON) / 100;
  const n = Math.floor(Math.log10(v));
  return [10 ** n, 2 * 10 ** n, 5 * 10 ** n].sort((a, b) => Math.abs(a - v) - Math.abs(b - v))[0];
}

const decimals = (d) => (String(d).split(".")[1] || "").length;

function alignValue(v, d) {
  if (decimals(d) < 1) return d < 10 ? v : parseInt((Math.trunc(v / d) * d).toFixed(decimals(d)), 10);
  return d < 10 ? parseFloat(v.toFixed(decimals(d))) : parseFloat((parseFloat((v / d).toFixed(0)) * d).toFixed(decimals(d)));
}

const SI = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];

// d3-format's formatPrefix(",.0", reference) for very large/small marks; others as is.
function formatMark(mark, min, max) {
  const tens = Math.log10(Math.abs(mark));
  if (mark === 0 || (tens > -3 && tens < 4)) return String(mark);
  const reference = (Math.abs(max) + Math.abs(min)) / 2;
  const e = Math.max(-8, Math.min(8, Math.floor(Math.floor(Math.log10(reference)) / 3))) * 3;
  const n = Number((Math.abs(mark) * 10 ** -e).toFixed(0)).toLocaleString("en-US");
  return `${mark < 0 ? "−" : ""}${n}${SI[8 + e / 3]}`;
}

function autoMarks(min, max, step, width) {
  const stepValue = step ?? 1;
  const chars = Math.max(formatMark(min, min, max).length, formatMark(max, min, max).length);
  const count = Math.max(3, Math.min(Math.floor((width || 330) / (chars * 10 + 20)) + 1, 50));
  const raw = (max - min) / (count - 1) / stepValue;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / magnitude;
  const nice = normalized <= 1.5 ? 1 : normalized <= 2.25 ? 2 : normalized <= 3.5 ? 2.5 : normalized <= 5 ? 5 : 10;
  const stepsInInterval = Math.round((stepValue * Math.max(1, nice * magnitude)) / stepValue);
  const interval = stepsInInterval * stepValue;
  const values = [];
  let cursor = min + Math.max(1, stepsInInterval) * stepValue;
  if ((max - cursor) / interval > 0) {
    while (cursor < max) {
      values.push(alignValue(cursor, stepValue));
      const previous = cursor;
      cursor += interval;
      if (cursor <= previous) break;
    }
    if (values.length >= 2 && max - values[values.length - 2] <= interval * 1.5) values.pop();
  }
  const out = {};
  for (const v of values) out[v] = formatMark(v, min, max);
  out[min] = formatMark(min, min, max);
  out[max] = formatMark(max, min, max);
  return out;
}
