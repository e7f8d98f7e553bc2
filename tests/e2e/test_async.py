"""Seed 002 "Using Async/Await in Callbacks": async def callbacks, asyncio.gather/sleep."""

import time

from playwright.sync_api import expect

# Records every change of the watched elements' text with a timestamp.
WATCH_SCRIPT = """
(ids) => {
  window.__changes = [];
  for (const id of ids) {
    const el = document.getElementById(id);
    new MutationObserver(() => {
      window.__changes.push({id, text: el.textContent, t: performance.now()});
    }).observe(el, {childList: true, characterData: true, subtree: true});
  }
}
"""

SYNC = [f"Result ({i}) from synchronous API call" for i in range(5)]
ASYNC = [f"Result ({i}) from asynchronous API call" for i in range(5)]


def test_async_callback_gathers(app_page):
    app = app_page("async_callbacks")
    expect(app.locator("#sync-output")).to_have_text("")
    expect(app.locator("#async-output")).to_have_text("")
    assert sum(app.calls().values()) == 0

    app.click("#async-btn")
    expect(app.locator("#async-output > div > div")).to_have_text(ASYNC)
    app.settle()
    assert app.ran() == {"async_callback_example": 1}

    start = time.monotonic()
    app.click("#sync-btn")
    expect(app.locator("#sync-output > div > div")).to_have_text(SYNC)
    sync_seconds = time.monotonic() - start
    app.settle()
    assert sync_seconds >= 2.0, sync_seconds  # five 0.4 s sleeps, one after the other
    # That the async sleeps overlap is shown by order, not by a clock: in
    # test_async_and_sync_run_side_by_side the async call, clicked second, answers first.
    expect(app.locator("#async-output > div > div")).to_have_text(ASYNC)
    assert app.ran() == {"async_callback_example": 1, "sync_callback_example": 1}


def test_async_and_sync_run_side_by_side(app_page):
    app = app_page("async_callbacks")
    app.evaluate(WATCH_SCRIPT, ["sync-output", "async-output"])
    app.click("#sync-btn")
    app.click("#async-btn")
    app.settle()
    expect(app.locator("#sync-output > div > div")).to_have_text(SYNC)
    expect(app.locator("#async-output > div > div")).to_have_text(ASYNC)
    changes = app.evaluate("window.__changes")
    order = [c["id"] for c in changes]
    # Clicked second, the async callback answers first: the sync one is still sleeping.
    assert order == ["async-output", "sync-output"], changes


def test_slow_async_does_not_block_others(app_page):
    app = app_page("async_slow_fast")
    ids = ["slow-output", "fast-sync-output", "fast-async-output"]
    app.evaluate(WATCH_SCRIPT, ids)
    clicked = app.evaluate("performance.now()")
    app.click("#slow-button")
    app.click("#fast-sync-button")
    app.click("#fast-async-button")
    expect(app.locator("#fast-sync-output")).to_have_text("fast sync done 1")
    expect(app.locator("#fast-async-output")).to_have_text("fast async done 1")
    # The slow one is still awaiting when both fast answers are on the page.
    expect(app.locator("#slow-output")).to_have_text("slow not run")
    app.settle()
    expect(app.locator("#slow-output")).to_have_text("slow done 1 after 2 s")
    changes = {c["id"]: c for c in app.evaluate("window.__changes")}
    assert set(changes) == set(ids), changes
    # Both fast answers landed before the slow one, which awaited its 2 s after them.
    assert changes["fast-sync-output"]["t"] > clicked, changes
    assert changes["slow-output"]["t"] - changes["fast-async-output"]["t"] > 1000, changes
    assert app.ran() == {"slow": 1, "fast_sync": 1, "fast_async": 1}
