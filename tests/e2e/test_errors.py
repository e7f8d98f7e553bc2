"""A failing callback shows its error and leaves the rest of the app working (DESIGN "Rules")."""

import pytest
from playwright.sync_api import expect


def break_everything(app):
    for button in ("#raise-button", "#count-button", "#set-button"):
        app.click(button)
    app.settle()


def test_errors_leave_the_app_working(app_page):
    app = app_page("errors_demo")
    expect(app.locator("#echo-output")).to_have_text("You typed: ")
    app.fill("#echo-input", "kept text")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: kept text")

    break_everything(app)
    # Failed calls change none of their outputs, and what the user typed stays.
    for target in ("#raise-target", "#count-target-a", "#count-target-b", "#set-target"):
        expect(app.locator(target)).to_have_text("")
    expect(app.locator("#echo-input")).to_have_value("kept text")

    app.fill("#echo-input", "still working")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: still working")


@pytest.mark.pyclient_only
def test_errors_show_in_overlay(app_page):
    app = app_page("errors_demo")
    break_everything(app)
    errors = app.locator("#pyclient-overlay .pyclient-error")
    expect(errors).to_have_count(3)
    texts = errors.all_inner_texts()

    def error_for(function):
        found = [t for t in texts if function in t]
        assert len(found) == 1, (function, texts)
        return found[0]

    raised = error_for("raise_value_error")
    assert "raise-target" in raised and "children" in raised, raised
    assert "ValueError" in raised and "raise_value_error was clicked 1 time(s)" in raised, raised
    wrong_count = error_for("return_wrong_count")
    assert "count-target-a" in wrong_count and "children" in wrong_count, wrong_count
    not_json = error_for("return_a_set")
    assert "set-target" in not_json and "children" in not_json, not_json
    expect(app.locator("#pyclient-overlay")).to_be_visible()

    # The working callback still answers after the failures.
    app.fill("#echo-input", "after the errors")
    app.settle()
    expect(app.locator("#echo-output")).to_have_text("You typed: after the errors")
    expect(errors).to_have_count(3)
