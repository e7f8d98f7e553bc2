"""The build's memory snapshot: Python starts from it, each visit still draws its own random
numbers, and a site whose snapshot does not restore starts the plain way."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.pyclient_only

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"


def _open(profile_page, url: str, console: list[str]):
    page = profile_page()
    page.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}"))
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.pyclient === 'ready'", timeout=90_000)
    return page


def test_python_starts_from_the_snapshot_and_each_visit_draws_its_own_numbers(
        profile_page, static_server, built_site):
    site = built_site("random_draws")
    assert (site / "_pyclient" / "snapshot.bin").stat().st_size > 1_000_000
    drawn = []
    for _ in range(2):
        console: list[str] = []
        page = _open(profile_page, f"{static_server}/random_draws/", console)
        assert "debug: pyclient: Python started from the build's memory snapshot" in console
        expect(page.locator("#number")).to_have_text(re.compile(r"drawn: \d+"))
        first = page.locator("#number").text_content()
        page.click("#draw")
        expect(page.locator("#number")).not_to_have_text(first)
        drawn += [first, page.locator("#number").text_content()]
        page.close()
    assert len(set(drawn)) == 4, drawn


def test_a_snapshot_that_does_not_restore_falls_back_to_the_plain_start(
        profile_page, static_server, site_copy):
    name, folder = site_copy("prevent_update", "badsnapshot")
    (folder / "_pyclient" / "snapshot.bin").write_bytes(b"not a snapshot" * 1000)
    console: list[str] = []
    page = _open(profile_page, f"{static_server}/{name}/", console)
    warnings = [line for line in console if line.startswith("warning: ")]
    assert any("snapshot could not be restored" in line for line in warnings), console
    assert not any("started from the build's memory snapshot" in line for line in console)
    page.click("#show-secret")
    expect(page.locator("#body-div")).to_have_text("Elephants are the only animal that can't jump")


def _build(app_file: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pyclient", "build", str(app_file), "--out", str(out), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def _starts_plain(profile_page, url: str) -> None:
    console: list[str] = []
    page = _open(profile_page, url, console)
    assert not any("snapshot" in line for line in console), console
    page.click("button")
    expect(page.locator("button + div")).not_to_be_empty()
    assert "unknown" not in page.locator("button + div").text_content()


def test_no_snapshot_option_starts_python_the_plain_way(profile_page, static_server, site_root):
    proc = _build(ROOT / "examples" / "prevent_update" / "app.py", site_root / "nosnapshot",
                  "--no-snapshot")
    assert proc.returncode == 0, proc.stderr
    assert "snapshot" not in proc.stderr
    assert not (site_root / "nosnapshot" / "_pyclient" / "snapshot.bin").exists()
    _starts_plain(profile_page, f"{static_server}/nosnapshot/")


def test_module_code_that_needs_the_browser_gets_no_snapshot_and_a_note(
        profile_page, static_server, site_root):
    proc = _build(APPS / "browser_globals_app.py", site_root / "browserglobals")
    assert proc.returncode == 0, proc.stderr
    note = next(line for line in proc.stderr.splitlines() if "snapshot" in line)
    assert "no memory snapshot" in note and "navigator" in note, note
    assert not (site_root / "browserglobals" / "_pyclient" / "snapshot.bin").exists()
    _starts_plain(profile_page, f"{static_server}/browserglobals/")


def test_an_apps_snapshot_holds_nothing_of_the_app_that_made_the_shared_start(tmp_path):
    """Every app's snapshot starts from one cached snapshot with pyclient imported: the first
    app built makes it, and none of that app's files may reach another app's snapshot."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # no shared start yet
    for name, marker in (("first", "SECRET_OF_THE_FIRST_APP"), ("second", "SECOND_APP_TEXT")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "app.py").write_text(
            "from dash import Dash, html\n"
            f"NOTE = {marker!r}\n"
            "app = Dash(__name__)\n"
            "app.layout = html.Div(NOTE, id='note')\n")
        subprocess.run([sys.executable, "-m", "pyclient", "build", str(tmp_path / name / "app.py"),
                        "--out", str(tmp_path / f"{name}-site"), "--no-compress"],
                       check=True, capture_output=True, env=env)
    bases = list((tmp_path / "cache" / "pyclient" / "snapshots").glob("base-*.bin"))
    assert len(bases) == 1
    second = (tmp_path / "second-site" / "_pyclient" / "snapshot.bin").read_bytes()
    assert b"SECOND_APP_TEXT" in second  # the app's own module is in its snapshot...
    assert b"SECRET_OF_THE_FIRST_APP" not in second  # ...and nothing of the first app
    assert b"SECRET_OF_THE_FIRST_APP" not in bases[0].read_bytes()
