"""The scorer's count of misses by kind (tests/scoring.py --by-kind): counts only, so the
held-out sets can say which kind of quote fails without showing one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring import Case, score


def test_misses_are_counted_by_what_went_wrong_and_the_answers_kind(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: T\nlanguage: en\n---\n\n"
        "“We will wait,” Sergei Lavrov said. Analysts call it a “slow pivot” of policy.\n",
        encoding="utf-8",
    )
    answers = tmp_path / "a.toml"
    answers.write_text(
        '[[people]]\nname = "Sergei Lavrov"\nnative_name = ""\nkind = "official"\n\n'
        '[[quotes]]\ntext = "We will wait,"\nkind = "statement"\nspeaker = "Sergei Lavrov"\n\n'
        '[[quotes]]\ntext = "slow pivot"\nkind = "phrase"\nspeaker = "Sergei Lavrov"\n',
        encoding="utf-8",
    )
    t = score(Case("a", article, answers))
    assert t.speaker_right == 1
    assert dict(t.by_kind) == {("unattributed", "phrase"): 1}
    # Lavrov is named in the sentence before the phrase's, in its paragraph
    assert dict(t.by_where) == {("phrase", "its paragraph"): 1}
