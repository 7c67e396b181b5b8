"""T001 duplicated-subject beyond its docstring examples: the translated seed, and the
clauses where a pronoun after a noun is English (relative clauses, asides, objects)."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter
from tests.rules.conftest import SeedReports, flagged, reported_near


def test_seed_troops_they(mt_reports: SeedReports) -> None:
    assert reported_near(mt_reports, "T001", "russian troops they bogged")


def test_seed_both_zelensky_he(mt_reports: SeedReports) -> None:
    zelensky = [around for code, text, around in mt_reports if code == "T001" and text == "he"]
    assert any("Volodymyr Zelensky he said" in around for around in zelensky)
    assert any("Zelensky he also said" in around for around in zelensky)


@pytest.mark.parametrize(
    "text",
    [
        "Before the talks, President Volodymyr Zelensky he said his country was ready.",
        "It comes when russian troops they bogged down near Kyiv.",
        "The minister she added that talks would continue.",
        "Zelensky he also said he was open to a compromise.",
        "It was a loss. Mr Galloway he was expelled from the party.",
        "The conversations, held in person or by video, they made no progress.",
        "The ministers, who met on Monday, they agreed to talk.",
        "The Russian Defence Ministry it said troops would withdraw.",
        "Moscow said the ministry it has no plans to attack.",
    ],
)
def test_t001_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "T001")] == ["T001"]


@pytest.mark.parametrize(
    "text",
    [
        "She recognised the man he met in Paris.",
        "The man he met was a spy.",
        "Zelensky, he said, was ready to talk.",
        "That is what he said on Monday.",
        "It was the day he said goodbye.",
        "The minister told reporters he would resign.",
        "But he added that on Monday he said more.",
        "The minister he appointed resigned.",
        "For many economists and analysts they are a target.",
        "Afterwards he said the trip was useful.",
        "After the talks ended, they left.",
        "The next days, held up by traffic, they arrived late.",
        "The talks, which began in May, ended, and they left.",
        "The company it bought in 2004 was sold.",
        "The government he leads has fallen.",
        "What the ministry it said was unclear.",
    ],
)
def test_t001_not(text: str) -> None:
    assert flagged(text, "T001") == []


def test_t001_fix_drops_the_pronoun() -> None:
    linter = Linter(Config(select=("T001",)))
    fixed = linter.fix_text("Before the talks, President Zelensky he said it.", unsafe=True)
    assert fixed == "Before the talks, President Zelensky said it."
