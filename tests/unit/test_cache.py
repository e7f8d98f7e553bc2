"""The build's cache stays within its limit: the files used least recently go first."""

import os

from pyclient import cache


def _file(folder, name, size, age_s):
    path = folder / name
    path.write_bytes(b"x" * size)
    then = 1_700_000_000 - age_s
    os.utime(path, (then, then))
    return path


def test_prune_deletes_the_least_recently_used_files_beyond_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setitem(cache.LIMITS, "snapshots", 250)
    folder = cache.cache_dir("snapshots")
    folder.mkdir(parents=True)
    oldest = _file(folder, "a.bin", 100, age_s=300)
    middle = _file(folder, "b.bin", 100, age_s=200)
    newest = _file(folder, "c.bin", 100, age_s=100)
    cache.used(oldest)  # a cache hit: now the most recently used
    cache.prune("snapshots")
    assert sorted(p.name for p in folder.iterdir()) == ["a.bin", "c.bin"]
    assert not middle.exists() and newest.exists()


def test_the_newest_file_stays_even_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setitem(cache.LIMITS, "compressed", 10)
    folder = cache.cache_dir("compressed")
    folder.mkdir(parents=True)
    _file(folder, "old.br", 50, age_s=200)
    _file(folder, "new.br", 50, age_s=100)
    cache.prune("compressed")
    assert [p.name for p in folder.iterdir()] == ["new.br"]


def test_used_on_a_file_already_pruned_is_no_error(tmp_path):
    cache.used(tmp_path / "gone.bin")
