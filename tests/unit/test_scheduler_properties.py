"""Property tests on random callback graphs: ordering holds whatever order calls finish in."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st


from .drive import Driver, div, entry, root


@st.composite
def dags(draw):
    """A random acyclic graph: callback i reads base inputs and/or outputs of earlier ones."""
    n = draw(st.integers(min_value=1, max_value=9))
    bases = draw(st.integers(min_value=1, max_value=3))
    entries = []
    for i in range(n):
        sources = [f"base{b}" for b in range(bases)] + [f"out{j}" for j in range(i)]
        picked = draw(st.lists(st.sampled_from(sources), min_size=1, max_size=3, unique=True))
        inputs = [(s, "value" if s.startswith("base") else "children") for s in picked]
        entries.append(entry(i, f"cb{i}", [(f"out{i}", "children")], inputs, prevent=True))
    changed = draw(st.integers(min_value=0, max_value=bases - 1))
    seed = draw(st.integers(min_value=0, max_value=10_000))
    return entries, bases, changed, seed


def _ancestors(entries):
    """For each callback, every callback upstream of it."""
    writer = {e["outputs"][0]["id"]: e["index"] for e in entries}
    ups = {}
    for e in entries:
        direct = {writer[i["id"]] for i in e["inputs"] if i["id"] in writer}
        ups[e["index"]] = set(direct)
        for d in direct:
            ups[e["index"]] |= ups[d]
    return ups


@settings(max_examples=300, deadline=None)
@given(dags())
def test_random_graphs_respect_ordering(case):
    entries, bases, changed, seed = case
    rng = random.Random(seed)
    layout = root(
        *[div(f"base{b}", value=0) for b in range(bases)],
        *[div(f"out{e['index']}") for e in entries],
    )
    sched = Driver(entries, layout)
    ups = _ancestors(entries)
    sched.changes([{"id": f"base{changed}", "prop": "value", "value": 1}])
    running, ran = [], []
    while True:
        started = sched.next_calls()
        for call in started:
            active = set(sched.requested) | {c.node.index for c in running}
            # no callback upstream of this one is still pending or running
            assert not (ups[call.node.index] & active), (call.name, active)
            # one call per trigger set: a callback never runs twice in one wave
            assert call.node.index not in ran
            ran.append(call.node.index)
        running.extend(started)
        if not running:
            break
        call = running.pop(rng.randrange(len(running)))
        sched.finish(call, f"v{call.node.index}")
    # no output is lost: exactly the callbacks downstream of the change ran, and wrote
    expected = {
        e["index"]
        for e in entries
        if any(i["id"] == f"base{changed}" for i in e["inputs"])
        or any(
            any(i["id"] == f"base{changed}" for i in entries[u]["inputs"])
            for u in ups[e["index"]]
        )
    }
    assert set(ran) == expected
    for index in expected:
        assert sched.layout.get(f"out{index}", "children") == f"v{index}"
    assert not sched.busy
