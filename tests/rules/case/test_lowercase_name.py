"""C002 lowercase-name beyond its docstring examples: the translated seed, names that are
also words, and when the fix is safe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
        # A word of a multiword name beside a capitalised word of it: the document writes the
        # name with capitals elsewhere, a first name before a capitalised word, a name clean
        # news capitalises after a first name.
        ("The Labour Party met. Later the labour Party voted.", "labour"),
        ("It was a record year, chief executive william Harrison said.", "william"),
        ("It was up to Tony Blair, Michael howard and Charles Kennedy.", "howard"),
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
        # Beside a capitalised word: an office before a name, a head noun after a nationality,
        # a common word before a capitalised one, a rare verb after a first name.
        "Shadow culture secretary John Whittingdale said so.",
        "The law had a troubled passage through the European parliament.",
        "He won Best British Act. The award for best British act went to him.",
        "The poster shows Mr Howard hypnotising people.",
    ],
)
def test_c002_not(text: str) -> None:
    assert flagged(text, "C002") == []


def test_c002_fix_is_safe_only_with_document_evidence() -> None:
    with_evidence = lint("When russian troops left, the Russian army said so.", "C002")
    without = lint("When russian troops left, the army said so.", "C002")
    assert with_evidence[0].fix is not None and with_evidence[0].fix.is_safe
    assert without[0].fix is not None and not without[0].fix.is_safe


def test_c002_fix_in_a_phrase_of_another_language_is_unsafe() -> None:
    # The document's capital elsewhere is C002's safe evidence, but inside a phrase of another
    # language the capitals follow that language's rules: "TV numerique terrestre" is French as
    # written (fix_safety.py found the safe fix).
    foreign = lint(
        "It is known as TNT, which stands for TV numerique terrestre. A free service is "
        "branded as Television Numerique pour Tous, or TNT for all.",
        "C002",
    )
    assert [d.fix is not None and d.fix.is_safe for d in foreign] == [False]
    english = lint(
        "The firm bought Zephyr Works in May. Staff at zephyr Works were pleased.", "C002"
    )
    assert [d.fix is not None and d.fix.is_safe for d in english] == [True]


def test_case_statistics_file_can_be_swapped_for_cross_fitting(tmp_path: Path) -> None:
    # The benchmarks develop on the tuning part with statistics counted on the measuring half.
    stats = tmp_path / "stats.txt"
    stats.write_text("# header\nzyxwv\t5\t0\t3\n", encoding="utf-8")
    code = (
        "from lintnews.rules.case._case_stats import case_stats; print(sorted(case_stats().words))"
    )
    env = {**os.environ, "LINTNEWS_CASE_STATS": str(stats)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['zyxwv']"


# Texts where a phrase stands mid-word, after an apostrophe or underscore, beside non-ASCII
# letters and digits, at the very start and end, and many times: the index of capitalised
# runs must find exactly what a search of the text finds.
_PHRASE_TEXTS = (
    "New York. new York and NEW York, McNew York, O'New York, _New York, 9New York New Yorker",
    "ÉNew York Élan New York\nNew  York\tNew York2 New York_ New York's New York",
    "New York",
    "x" * 50 + " Mr Clarke, Mr. Clarke, MrClarke, Mr Clarkes " * 30,
)
_PHRASES = (
    *("New York", "new York", "New Yorker", "New York's", "York New", "Élan New", "New Élan"),
    *("Mr Clarke", "Mr. Clarke", "Mr  Clarke", "Clarke"),
)


@pytest.mark.parametrize("text", _PHRASE_TEXTS)
def test_phrase_index_finds_what_a_search_finds(text: str) -> None:
    from lintnews.document import Document
    from lintnews.rules.case import lowercase_name

    doc = Document.from_text(text)
    for phrase in _PHRASES:
        searched = list(lowercase_name._found(text, phrase))
        assert list(lowercase_name._phrase_starts(doc, phrase)) == searched, phrase
        # The candidates for a whole phrase hold every place with no letter or digit before.
        whole = [p for p in searched if p == 0 or not text[p - 1].isalnum()]
        candidates = list(lowercase_name._whole_phrase_candidates(doc, phrase))
        assert set(whole) <= set(candidates) <= set(searched), phrase
        assert candidates == sorted(candidates)
