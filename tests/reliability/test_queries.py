"""Queries that cost too much or name what cannot be searched: every one is answered,
within a time budget, with a notice that says what was left out (issue 21, findings 2-3)."""

from __future__ import annotations

import pytest

from tealeaves.cli import main

# -- a field that is not indexed (finding 3) ------------------------------------------------


@pytest.mark.parametrize(
    "query", ["path:[TO]", "paragraphs:[TO]", "data:[TO]", "(path:[TO] OR alliance)"]
)
def test_a_range_on_a_field_that_is_not_indexed_is_refused_without_a_rebuild(
    bundled_library, query
):
    generation = bundled_library.generation()
    whoosh = bundled_library.store.whoosh_path.stat().st_ino
    result = bundled_library.search(query)
    assert result.hits == ()
    field = query.strip("(").split(":")[0]
    assert f"{field}: cannot be searched" in result.notice
    assert bundled_library.generation() == generation
    assert bundled_library.store.whoosh_path.stat().st_ino == whoosh


def test_the_cli_says_so_and_exits_cleanly(tmp_path, capsys):
    code = main(["--index", str(tmp_path / "ix"), "search", "path:[TO]"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "path: cannot be searched" in err and "Traceback" not in err
