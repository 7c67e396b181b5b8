"""C002 lowercase-name beyond its docstring examples: the translated seed, names that are
also words, and when the fix is safe."""

from __future__ import annotations

import pytest

from tests.rules.conftest import SeedReports, flagged, lint, reported_near


def test_seed_lowercase_russian(mt_reports: SeedReports) -> None:
    assert reported_near(mt_reports, "C002", "when russian troops")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It comes when russian troops bogged down.", "russian"),
        ("The talks resume on tuesday in the capital.", "tuesday"),
        ("Alexander Fomin said so. Later, fomin said it was over.", "fomin"),
        ("Mr Clarke spoke first. Later, Charles clarke added more.", "clarke"),
        ("The firm was set up by Mr fuller. Mr Fuller later sold it.", "fuller"),
        (
            "Guarantors are Britain, France, turkey, China and Poland. Talks in Turkey went on.",
            "turkey",
        ),
    ],
)
def test_c002_reports(text: str, word: str) -> None:
    assert flagged(text, "C002") == [("C002", word)]


@pytest.mark.parametrize(
    "text",
    [
        "They ate turkey and drank from fine china.",
        "Prices may rise when the bill is passed.",
        "Bill Gates backed the bill. Turkey and China voted against it, as may others.",
        "The aviator film was made. Scorsese made The Aviator.",
        "Diners may go dutch at the new restaurant.",
        "The Consumer Electronics Show opened. Consumer electronics sales rose.",
        "Work on the Xiluodu Dam goes on; the Xiluodu dam is huge.",
    ],
)
def test_c002_not(text: str) -> None:
    assert flagged(text, "C002") == []


def test_c002_fix_is_safe_only_with_document_evidence() -> None:
    with_evidence = lint("When russian troops left, the Russian army said so.", "C002")
    without = lint("When russian troops left, the army said so.", "C002")
    assert with_evidence[0].fix is not None and with_evidence[0].fix.is_safe
    assert without[0].fix is not None and not without[0].fix.is_safe
