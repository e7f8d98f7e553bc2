"""How the scheduler's cost grows with the app: initial calls and one click, for N callbacks.

Run: .venv/bin/python bench/scale.py [N ...]   (pure CPython, no browser)
Each app is a set of chains (input -> cb -> div -> cb -> ...), like a large dashboard.
Real Dash 4.4.1 needs 2.5 s (100 callbacks), 81 s (400) and over 5 min (1000) for the initial
calls in the browser (measured for DESIGN.md); pyclient's scheduler is the part that replaces it.
"""

from __future__ import annotations

import sys
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from pyclient.scheduler import Scheduler  # noqa: E402


def chain_app(n: int, depth: int = 5):
    entries, divs = [], []
    for i in range(n):
        chain, step = divmod(i, depth)
        source = f"in{chain}" if step == 0 else f"d{i - 1}"
        prop = "value" if step == 0 else "children"
        entries.append({
            "index": i, "name": f"cb{i}", "outputs": [{"id": f"d{i}", "property": "children"}],
            "inputs": [{"id": source, "property": prop}], "state": [],
            "prevent_initial_call": False, "output_shape": "single", "arg_names": None,
        })
        if step == 0:
            divs.append({"type": "Input", "namespace": "dash_core_components", "props": {"id": source, "value": 0}})
        divs.append({"type": "Div", "namespace": "dash_html_components", "props": {"id": f"d{i}"}})
    layout = {"type": "Div", "namespace": "dash_html_components", "props": {"children": divs}}
    return entries, layout


def drain(sched: Scheduler) -> int:
    count = 0
    while True:
        calls = sched.next_calls()
        if not calls:
            return count
        for call in calls:
            sched.finish(call, f"v{call.args[0]}")
            count += 1


def main(sizes: list[int]) -> None:
    print(f"{'callbacks':>10} {'initial pass':>14} {'calls':>7} {'one click':>11}")
    for n in sizes:
        entries, layout = chain_app(n)
        t0 = time.perf_counter()
        sched = Scheduler(entries, layout)
        sched.start()
        calls = drain(sched)
        t1 = time.perf_counter()
        sched.changes([{"id": "in0", "prop": "value", "value": 1}])
        clicked = drain(sched)
        t2 = time.perf_counter()
        print(f"{n:>10} {1000 * (t1 - t0):>11.1f} ms {calls:>7} {1000 * (t2 - t1):>8.2f} ms ({clicked} calls)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 400, 1000, 4000])
