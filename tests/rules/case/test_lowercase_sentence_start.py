"""C001 lowercase-sentence-start beyond its docstring examples: the translated seed, and the
places where a lowercase word after a stop is right (abbreviations, quotes, ellipses, lists,
names and brands written in lowercase)."""

from __future__ import annotations

import pytest

from tests.rules.conftest import SeedReports, flagged


def test_seed_lowercase_fomin(mt_reports: SeedReports) -> None:
    assert ("C001", "fomin") in [(c, t) for c, t, _ in mt_reports]


@pytest.mark.parametrize(
    "text",
    [
        "Is it over? no, officials said.",
        "The war goes on! now the talks resume.",
        "The talks ended.\n\nthe army pulled back.",
        "the army pulled back on Tuesday.",
        'He said: "All I can say is that we tried. we have said so from day one."',
    ],
)
def test_c001_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "C001")] == ["C001"]


@pytest.mark.parametrize(
    "text",
    [
        "They met Mr. smith at the U.S. embassy.",
        "Prices rose in the U.S. and then fell.",
        "Some fruit, e.g. apples, is cheap.",
        "He lives at No. 10 and works there.",
        '"We will win," he said, "but not this year," he added.',
        '"I was ready for this." he added later.',
        'He shouted "Stop!" and left the room.',
        "She paused... and then she spoke.",
        "It was, she said … and then nothing.",
        "The plan:\n1. the army withdraws\n2. the talks resume",
        "- the army withdraws\n- the talks resume",
        "He bought an iPhone. iPhones are popular.",
        "She sold it on eBay. eBay took a fee.",
        "Like de Gaulle, he won. de Gaulle had the same problem.",
        "It was the start of China's\n\neconomic power.",
        "The musical Mamma Mia! has joined the list.",
    ],
)
def test_c001_not(text: str) -> None:
    assert flagged(text, "C001") == []
