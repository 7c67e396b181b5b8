"""T002 doubled-word beyond its docstring examples: doubles that English writes (had had,
names, lists, songs, reduplication) must stay quiet."""

from __future__ import annotations

import pytest

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
    ],
)
def test_t002_not(text: str) -> None:
    assert flagged(text, "T002") == []
