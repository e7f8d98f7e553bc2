"""The gallery's data: every example in exactly one topic, a line about each."""

import tomllib
from pathlib import Path

from pyclient.gallery import describe

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_every_example_is_in_exactly_one_topic():
    topics = tomllib.loads((EXAMPLES / "topics.toml").read_text())["topic"]
    listed = [name for topic in topics for name in topic["examples"]]
    names = sorted(p.parent.name for p in [*EXAMPLES.glob("*/app.py"), *EXAMPLES.glob("*/app.R")])
    assert sorted(listed) == names


def test_every_example_has_a_line_about_it():
    about = tomllib.loads((EXAMPLES / "topics.toml").read_text()).get("about", {})
    for app in [*EXAMPLES.glob("*/app.py"), *EXAMPLES.glob("*/app.R")]:
        assert about.get(app.parent.name) or describe(app.read_text()), app.parent.name


def test_the_line_comes_from_the_docstring_or_the_leading_comments():
    assert describe('"""Counts clicks.\n\nMore here."""\nimport dash\n') == "Counts clicks."
    assert describe("# A chain of\n# three callbacks.\nimport dash\n") == "A chain of three callbacks."
    assert describe("import dash\n") == ""
    long = describe('"""' + "word " * 100 + '"""')
    assert len(long) <= 181 and long.endswith("…")
