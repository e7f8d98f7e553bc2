"""Requirement lines are read by `packaging`, as pip reads them."""

import pytest

from pyclient.requirements import RequirementError, read_requirements, requirement_name


def test_names_are_normalised_whatever_the_line_adds():
    assert requirement_name("PyYAML>=6") == "pyyaml"
    assert requirement_name("dash_bootstrap_components[icons]==1.6; python_version > '3.8'") == \
        "dash-bootstrap-components"
    assert requirement_name("Foo.Bar @ https://example.org/foo.whl") == "foo-bar"


def test_a_line_pip_would_refuse_names_the_file_and_line(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("# comment\nplotly>=5  # graphs\n-r other.txt\nnot a requirement!\n")
    with pytest.raises(RequirementError, match=r"requirements.txt, line 4: 'not a requirement!'"):
        read_requirements(path)
    path.write_text("plotly>=5  # graphs\n-r other.txt\n\n")
    assert read_requirements(path) == ["plotly>=5"]
