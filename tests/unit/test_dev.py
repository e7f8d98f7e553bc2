"""Which saved files make `pyclient dev` rebuild."""

from pyclient.dev import relevant


def test_sources_and_data_count_caches_swap_files_and_logs_do_not():
    assert relevant("/app/app.py")
    assert relevant("/app/assets/style.css")
    assert relevant("/app/data/sales.csv")
    assert not relevant("/app/__pycache__/app.cpython-311.pyc")
    assert not relevant("/app/.app.py.swp")
    assert not relevant("/app/app.py~")
    assert not relevant("/app/server.log")
    assert not relevant("/app/.git/index")
