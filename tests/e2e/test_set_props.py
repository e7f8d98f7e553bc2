"""Seed 002 "Callbacks with No Outputs" and "Setting Properties Directly": set_props."""

import json
from pathlib import Path

from playwright.sync_api import expect

UPLOADED = Path(__file__).resolve().parents[2] / "examples" / "upload_no_output" / "uploaded_files"


def test_upload_runs_callback_without_outputs(app_page, oracle):
    app = app_page("upload_no_output")
    expect(app.locator("#upload-data-to-server")).to_contain_text("Drag and Drop or Select Files")
    # No prevent_initial_call: the callback without outputs runs on load too (contents None).
    assert app.ran() == {"update_output_div": 1}

    (UPLOADED / "hello.txt").unlink(missing_ok=True)
    app.set_input_files("#upload-data-to-server input[type=file]", files=[
        {"name": "hello.txt", "mimeType": "text/plain", "buffer": b"hello pyclient\n"}])
    # The component reads the file before it sets `contents`: wait for that call, then check.
    app.settle_until(lambda: app.ran().get("update_output_div", 0) >= 2, "the upload's call")
    assert app.ran() == {"update_output_div": 2}
    expect(app.locator("#pyclient-overlay .pyclient-error")).to_have_count(0)
    if oracle:  # the server wrote the file next to app.py (pyclient writes into Pyodide's FS)
        assert (UPLOADED / "hello.txt").read_bytes() == b"hello pyclient\n"
        (UPLOADED / "hello.txt").unlink()


def test_set_props_opens_and_closes_modal(app_page):
    app = app_page("set_props_modal")
    modal = app.locator("#setprops-row-selection-modal")
    content = app.locator("#setprops-row-selection-modal-content")
    expect(modal).to_be_hidden()
    expect(app.locator("#setprops-row-selection-grid tbody tr")).to_have_text(
        ["ToyotaCelica35000", "FordMondeo32000", "PorscheBoxster72000"])
    assert sum(app.calls().values()) == 0

    app.click("#setprops-row-1")
    app.settle()
    expect(modal).to_be_visible()
    expect(content).to_have_text("You selected Ford (model Mondeo and price 32000)")
    assert app.ran() == {"select_row": 1, "open_modal": 1}

    app.click("#setprops-row-selection-modal-close")
    app.settle()
    expect(modal).to_be_hidden()
    expect(content).to_have_text("You selected Ford (model Mondeo and price 32000)")
    assert app.ran() == {"select_row": 1, "open_modal": 2}

    app.click("#setprops-row-2")
    app.settle()
    expect(modal).to_be_visible()
    expect(content).to_have_text("You selected Porsche (model Boxster and price 72000)")
    assert app.ran() == {"select_row": 2, "open_modal": 3}


def test_set_props_triggers_dependent_callbacks(app_page):
    app = app_page("set_props_chain")
    texts = {
        "label": "label not set", "store-view": "store not read", "label-view": "label not read",
        "stamp-view": "no timestamp", "out-a": "a not set", "out-b": "b not set"}
    for element_id, text in texts.items():
        expect(app.locator(f"#{element_id}")).to_have_text(text)
    assert sum(app.calls().values()) == 0

    app.click("#set-button")
    app.settle()
    expect(app.locator("#label")).to_have_text("label set by click 1")
    # Each prop set_props changed triggers the callbacks that take it as an Input, with it in
    # ctx.triggered, as if an output had changed it; the Store's new data also sets its
    # modified_timestamp.
    assert json.loads(app.locator("#store-view").inner_text()) == {
        "data": {"clicks": 1},
        "triggered": [{"prop_id": "store.data", "value": {"clicks": 1}}]}
    expect(app.locator("#label-view")).to_have_text(
        'label-view saw: label set by click 1 ({"label.children": "label"})')
    expect(app.locator("#stamp-view")).to_have_text('timestamp set for {"clicks": 1}')
    assert app.ran() == {"set_things": 1, "show_store": 1, "show_label": 1, "show_stamp": 1}

    app.click("#set-button")
    app.settle()
    assert json.loads(app.locator("#store-view").inner_text())["data"] == {"clicks": 2}
    expect(app.locator("#label-view")).to_have_text(
        'label-view saw: label set by click 2 ({"label.children": "label"})')
    expect(app.locator("#stamp-view")).to_have_text('timestamp set for {"clicks": 2}')
    assert app.ran() == {"set_things": 2, "show_store": 2, "show_label": 2, "show_stamp": 2}

    # An output and a set_props from one call land together.
    app.click("#both-button")
    app.settle()
    expect(app.locator("#out-a")).to_have_text("a output 1")
    expect(app.locator("#out-b")).to_have_text("b set_props 1")
    assert app.ran()["output_and_set_props"] == 1
    expect(app.locator("#label-view")).to_have_text(
        'label-view saw: label set by click 2 ({"label.children": "label"})')
