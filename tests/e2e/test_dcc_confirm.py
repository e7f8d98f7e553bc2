"""dcc.ConfirmDialog / ConfirmDialogProvider: window.confirm, OK counts submit, Cancel cancel."""

from playwright.sync_api import expect


def answer_next_dialog(app, accept, seen):
    def handle(dialog):
        seen.append((dialog.type, dialog.message))
        dialog.accept() if accept else dialog.dismiss()
    app.once("dialog", handle)


def test_confirm_dialog(app_page):
    app = app_page("dcc_confirm", share=True)
    out = app.locator("#answer")
    expect(out).to_have_text("Deleted 0 times, kept 0 times")
    seen = []

    answer_next_dialog(app, True, seen)
    app.click("#delete")
    expect(out).to_have_text("Deleted 1 times, kept 0 times")
    app.settle()
    assert seen == [("confirm", "Delete everything?")]

    answer_next_dialog(app, False, seen)
    app.click("#delete")
    expect(out).to_have_text("Deleted 1 times, kept 1 times")
    app.settle()
    assert len(seen) == 2


def test_confirm_dialog_provider(app_page):
    app = app_page("dcc_confirm", share=True)
    out = app.locator("#provider-answer")
    expect(out).to_have_text("Sent 0 times, not sent 0 times")
    seen = []
    answer_next_dialog(app, True, seen)
    app.click("#send")
    expect(out).to_have_text("Sent 1 times, not sent 0 times")
    answer_next_dialog(app, False, seen)
    app.click("#send")
    expect(out).to_have_text("Sent 1 times, not sent 1 times")
    app.settle()
    assert seen == [("confirm", "Send it?"), ("confirm", "Send it?")]
