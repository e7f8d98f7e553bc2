"""The gallery (`pyclient gallery`, what `make demo` serves): topics in the seed chapter's order,
a card per example saying what it shows and where its callbacks run, and each live app next to
its source — all static files."""

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]


def test_gallery_groups_by_topic_and_shows_each_app_next_to_its_source(profile_page, site_root,
                                                                        static_server):
    out = site_root / "gallery-test"
    result = subprocess.run(
        [sys.executable, "-m", "pyclient", "gallery", "examples", "--out", str(out),
         "--only", "dcc_button,server_chain,clientside_callbacks,r_initial_call"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr
    page = profile_page()
    try:
        page.goto(f"{static_server}/gallery-test/index.html")
        expect(page.locator("section h2")).to_have_text(
            ["Clientside callbacks", "Components", "The server: pandas, plotly.express, secrets",
             "Dash for R (seed 001)"])
        button = page.locator(".card", has_text="dcc_button")
        expect(button).to_contain_text("dcc.Button: counts n_clicks and n_blur")
        expect(button.locator(".badge")).to_have_text(["browser"])
        expect(page.locator(".card", has_text="clientside_callbacks").locator(".badge")).to_contain_text(
            ["clientside"])
        expect(page.locator(".card", has_text="server_chain").locator(".badge")).to_contain_text(
            ["browser", "server"])
        expect(page.locator(".card", has_text="r_initial_call").locator(".badge")).to_have_text(
            ["webR"])

        button.click()
        expect(page.locator("#source")).to_contain_text('@callback(Output("save-out", "children")')
        app = page.frame_locator("iframe")
        app.locator("html[data-pyclient=ready]").wait_for()
        app.locator("#save").click()
        expect(app.locator("#save-out")).to_have_text("Saved 1 times")
        page.click("text=Open the app alone")
        expect(page.locator("#save")).to_be_visible()
    finally:
        page.close()
