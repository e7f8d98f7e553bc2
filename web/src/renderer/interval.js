// dcc.Interval: renders nothing; adds 1 to n_intervals every `interval` ms (default 1000) until
// n_intervals reaches max_intervals (-1: no limit), unless disabled. As in Dash, a new
// `interval` restarts the timer and other prop changes keep it running.
import { useEffect, useRef } from "preact/hooks";

export function Interval({ node, props, setProps }) {
  const timer = useRef(null);
  const period = props.interval ?? 1000;
  const max = props.max_intervals ?? -1;
  const n = props.n_intervals ?? 0;
  const stopped = max === 0 || props.disabled || (max !== -1 && n >= max);

  useEffect(() => {
    if (stopped) return undefined;
    timer.current = setInterval(() => setProps({ n_intervals: (node.props.n_intervals ?? 0) + 1 }), period);
    return () => clearInterval(timer.current);
  }, [stopped, period]);

  return null;
}
