"""T002 doubled-word beyond its docstring examples: doubles that English writes (had had,
names, lists, songs, reduplication) must stay quiet."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter
from tests.rules.conftest import flagged


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        ("He said the the talks failed.", "the the"),
        ("Troops destroyed a tank tank near the border.", "tank tank"),
        ("They met at the at the border crossing.", "at the at the"),
        ("Nobody cares if the vote is is low.", "is is"),
        ("She will now now seek a third title.", "now now"),
        ("They played at White Hart Lane Lane on Sunday.", "Lane Lane"),
        ("Fans remain hopeful that that the club will stay.", "that that"),
        ("It is a sign of that that.", "that that"),
        ("The vote was affected by by the storm.", "by by"),
        ('"It is fine," he he said.', "he he"),
    ],
)
def test_t002_reports(text: str, doubled: str) -> None:
    assert flagged(text, "T002") == [("T002", doubled)]


@pytest.mark.parametrize(
    "text",
    [
        "She had had enough of the talks.",
        "He said that that was wrong.",
        "What it is is a deal.",
        "All it is is a delay.",
        "Squad:\nSmith\nSmith\nJones",
        "Winners\nUkraine\nUkraine\nPoland",
        "The band Duran Duran played. Boutros Boutros-Ghali spoke.",
        "It was very very cold. Bye bye, she said.",
        "He logged in in London.",
        "Prices rose more and more. He said it time and time again.",
        "She starred in the musical Spend Spend Spend.",
        'He scored hits such as Sha La La, and fans scream "no no no no no" at him.',
        '"Now now," she said. "Ha ha," he replied.',
        "They holidayed on Koh Phi Phi in May.",
        "I know that that is true, and that that plan failed.",
        "She stood by by the door.",
    ],
)
def test_t002_not(text: str) -> None:
    assert flagged(text, "T002") == []


def test_a_particle_doubled_after_a_verb_form_is_reported_but_not_fixed_safely() -> None:
    # "placed in in the past" may be a stranded preposition ("the situation we've been placed
    # in, in the past"): deleting one "in" could change correct text, so only an unsafe fix.
    text = "It is a situation we have been placed in in the past year."
    assert flagged(text, "T002") == [("T002", "in in")]
    linter = Linter(Config(select=("T002",)))
    assert linter.fix_text(text) == text
    assert linter.fix_text(text, unsafe=True) == text.replace("in in", "in")
    assert linter.fix_text("He said the the talks failed.") == "He said the talks failed."
