"""The build's memory snapshot step, without Node or a browser: its notes for the person."""

from pathlib import Path

from pyclient import snapshot


def test_the_reason_is_pythons_last_error_line_not_nodes_source_dump():
    stderr = (
        "file:///site/_pyclient/pyodide/pyodide.asm.mjs:1\n"
        "async function _createPyodideModule(moduleArg={}){var moduleRtn;" + "x" * 2000 + "\n"
        "Traceback (most recent call last):\n"
        '  File "/home/pyodide/site/_pyclient_app/app.py", line 3, in <module>\n'
        "ImportError: cannot import name 'navigator' from 'js'\n"
        "    at new_error (file:///site/_pyclient/pyodide/pyodide.asm.mjs:1:568655)\n"
    )
    assert snapshot._reason(stderr) == "ImportError: cannot import name 'navigator' from 'js'"
    assert snapshot._reason("") == "no output"


def test_without_node_the_build_says_visitors_start_the_plain_way(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(snapshot.shutil, "which", lambda name: None)
    made, note = snapshot.make(tmp_path, tmp_path / "snapshot.mjs", {}, [])
    assert not made
    assert "Node is not installed" in note and "plain start" in note
    assert not (tmp_path / "_pyclient").exists()
