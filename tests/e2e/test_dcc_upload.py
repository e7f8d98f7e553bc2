"""dcc.Upload: a chosen file arrives as a base64 data URL, with its name and date.

Dash 4.4.1 renders react-dropzone inside the element with the id: a drop zone (its first child
div, carrying the style) holding the children and a hidden <input type=file>. The tests share one page: each checks
the output of its own upload, which replaces what an earlier one showed.
"""

from playwright.sync_api import expect


def test_upload_one_file_through_the_file_chooser(app_page):
    app = app_page("dcc_upload", share=True)
    with app.expect_file_chooser() as chooser:
        app.click("#upload")
    chooser.value.set_files(files=[
        {"name": "notes.txt", "mimeType": "text/plain", "buffer": "hello upload ✓".encode()}])
    app.settle()
    expect(app.locator("#upload-out")).to_have_text(
        "notes.txt: hello upload ✓ (data:text/plain;base64, recent: True)")


def test_upload_many_files(app_page):
    app = app_page("dcc_upload", share=True)
    app.set_input_files("#upload-many input[type=file]", files=[
        {"name": "a.txt", "mimeType": "text/plain", "buffer": b"abc"},
        {"name": "b.bin", "mimeType": "application/octet-stream", "buffer": bytes(range(10))},
    ])
    app.settle()
    expect(app.locator("#many-out")).to_have_text("2 files: a.txt (3 bytes), b.bin (10 bytes)")


DROP = """
(zone) => {
  const data = new DataTransfer();
  data.items.add(new File(["dropped text"], "dropped.txt", {type: "text/plain"}));
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
  }
}
"""


def test_upload_by_dropping_a_file(app_page):
    app = app_page("dcc_upload", share=True)
    zone = app.locator("#upload > div").first  # react-dropzone's root
    zone.evaluate(DROP)
    app.settle()
    expect(app.locator("#upload-out")).to_have_text(
        "dropped.txt: dropped text (data:text/plain;base64, recent: True)")
