"""`python app.py` with pyclient installed and Dash not: the app's own `app.run()` builds and
serves it, as `pyclient run` would."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import answers, free_port, wait_until

pytestmark = pytest.mark.pyclient_only
ROOT = Path(__file__).resolve().parents[2]


def test_python_app_py_builds_and_serves_the_app(tmp_path):
    port = free_port()
    source = (ROOT / "examples" / "dcc_button" / "app.py").read_text()
    source = source.replace("app.run(debug=True)", f"app.run(debug=True, port={port})")
    assert f"port={port}" in source
    (tmp_path / "app.py").write_text(source)
    log = tmp_path.parent / f"{tmp_path.name}-run.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=tmp_path, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until(lambda: answers(url), proc, log, "python app.py")
        page = subprocess.run([sys.executable, "-c", f"import urllib.request; print(urllib.request.urlopen({url!r}).read().decode())"],
                              capture_output=True, text=True, check=True).stdout
        assert 'id="pyclient-spec"' in page and "Save" in page  # the built app, served
    finally:
        proc.terminate()
        proc.wait(timeout=30)
