"""The engine's own guarantees: fix conflicts, de-duplication, fix passes, the library API."""

from __future__ import annotations

from collections.abc import Iterator

import lintnews
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.engine import Linter, choose_fixes, deduplicate
from lintnews.registry import all_rules, select_rules
from lintnews.rule import Rule


class UpperWord(Rule):
    """Test rule: upper-case the word 'alpha' (safe)."""

    code = "P901"
    name = "upper-alpha"
    examples = []

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        start = doc.text.find("alpha")
        while start != -1:
            yield self.report(
                start, start + 5, "alpha", Fix.replace(start, start + 5, "ALPHA", "upper")
            )
            start = doc.text.find("alpha", start + 1)


class DropAlphaBeta(Rule):
    """Test rule: delete 'alpha beta' (safe), overlapping UpperWord's fix."""

    code = "P902"
    name = "drop-alpha-beta"
    examples = []

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        start = doc.text.find("alpha beta")
        if start != -1:
            yield self.report(start, start + 10, "pair", Fix.delete(start, start + 11, "drop"))


def test_overlapping_fixes_are_resolved_deterministically() -> None:
    text = "x alpha beta y"
    for order in ([UpperWord, DropAlphaBeta], [DropAlphaBeta, UpperWord]):
        linter = Linter(Config(), rules=order)
        # The earlier fix in document order wins the first pass; the other is re-checked on the
        # changed text next pass and no longer applies.
        assert linter.fix_text(text) == "x ALPHA beta y"


def test_choose_fixes_skips_touching_edits() -> None:
    first = Diagnostic("A1", "a", "m", 0, 3, Fix.replace(0, 3, "x", "f"))
    touching = Diagnostic("A2", "a", "m", 3, 5, Fix.replace(3, 5, "y", "f"))
    apart = Diagnostic("A3", "a", "m", 6, 7, Fix.replace(6, 7, "z", "f"))
    unsafe = Diagnostic("A4", "a", "m", 9, 10, Fix.replace(9, 10, "z", "f", safe=False))
    assert choose_fixes([apart, touching, first, unsafe], unsafe=False) == [first, apart]
    assert choose_fixes([unsafe], unsafe=True) == [unsafe]


def test_deduplicate_keeps_one_report_per_span_and_native_over_backend() -> None:
    order = {"M001": 0, "C001": 1}
    merged = Diagnostic("M001", "merged", "m", 5, 10)
    lowercase = Diagnostic("C001", "case", "m", 5, 10)
    again = Diagnostic("C001", "case", "m", 5, 10)
    backend = Diagnostic("LT:X", "lt", "m", 8, 12, native=False)
    backend_apart = Diagnostic("LT:Y", "lt", "m", 20, 22, native=False)
    result = deduplicate([backend, lowercase, merged, again, backend_apart, backend_apart], order)
    assert result == [merged, backend_apart]


def test_fixes_repeat_until_nothing_changes() -> None:
    # Removing the teaser line exposes nothing new; capitalising happens in the same pass.
    text = "Talks ended. fomin left.\nRead more: Why\n"
    assert lintnews.fix_text(text) == "Talks ended. Fomin left.\n"
    assert lintnews.fix_text(lintnews.fix_text(text)) == lintnews.fix_text(text)


def test_library_api_reports_offsets_into_the_text() -> None:
    text = "Troops left Chernihiv. They held Kyiv and Chernihivalthough it was denied."
    found = [d for d in lintnews.lint_text(text) if d.code == "M001"]
    assert [text[d.start : d.end] for d in found] == ["Chernihivalthough"]


def test_selection_specificity_follows_ruff() -> None:
    codes = [rule.code for rule in select_rules(("M001",), ignore=("M",))]
    assert codes == ["M001"]  # the more specific selector wins
    assert "M001" not in [rule.code for rule in select_rules(("M",), ignore=("M001",))]
    assert [r.code for r in select_rules(("ALL",))] == [r.code for r in all_rules()]
    assert [r.code for r in select_rules(("merged-words",))] == ["M001"]


def test_document_structure() -> None:
    doc = Document.from_text("Title line\n\nFirst sentence here. second one.\nNext line\n")
    assert [p.text for p in doc.paragraphs] == [
        "Title line",
        "First sentence here. second one.\nNext line",
    ]
    assert [s.text for s in doc.sentences] == [
        "Title line",
        "First sentence here.",
        "second one.",
        "Next line",
    ]
    assert doc.position(doc.text.index("second")) == (3, 22)
    assert doc.is_sentence_start(doc.text.index("second"))
    assert doc.capitalised_mid_sentence == {}


def test_document_lines_keep_every_line_with_its_offsets() -> None:
    doc = Document.from_text("one\n\n  two\nthree")
    assert [(line.start, line.end, line.text) for line in doc.lines] == [
        (0, 3, "one"),
        (4, 4, ""),
        (5, 10, "  two"),
        (11, 16, "three"),
    ]
    assert all(doc.text[line.start : line.end] == line.text for line in doc.lines)


def test_word_counts_are_the_word_pattern_tokens_in_any_text() -> None:
    from collections import Counter

    from lintnews.document import WORD_RE

    for text in (
        "Ukraine's army: don't go, O'Neill said 5km.",  # ASCII
        "See report_final and __init__, Ukraine's army.",  # ASCII, underscores
        "Ukraine’s army: don’t go, Zürich’s 5km.",  # not ASCII
        "See report_final and __init__, Ukraine’s army.",  # not ASCII, underscores
    ):
        assert Document.from_text(text).word_counts == Counter(WORD_RE.findall(text))


def test_counting_words_agrees_with_the_word_pattern_on_random_text() -> None:
    import random
    from collections import Counter

    from lintnews.document import WORD_RE, count_words

    pieces = [
        "Kyiv",
        "don",
        "t",
        "5km",
        "_",
        "'",
        "''",
        "’",
        "-",
        ".",
        " ",
        "\n",
        "\t",
        "é",
        "x",
        "a'b",
        "£",  # common non-ASCII punctuation: spaced out, then counted as ASCII text
        "“",
        "—",
        "‘",
        "\u00a0",
        "5£",
    ]
    rng = random.Random(3)
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert count_words(text) == Counter(WORD_RE.findall(text)), text


def test_non_prose_looked_up_in_the_token_agrees_with_the_whole_document_scan() -> None:
    """in_non_prose searches only the white-space-delimited token around a span; on random
    texts it must answer what the document-wide scan (Document.non_prose) answers."""
    import random
    import re

    from lintnews.document import _LINK_CHARACTER_RE

    pieces = [
        *("word", "Kyiv.The", "said.", "e.g.", "3.5", "x_y", ",", "."),
        *("https://example.com/a.b", "www.bbc.co.uk", "www.,", "a@b.org", "@handle", "#tag"),
        *("report.pdf", "`code here`", "`", "http://x\x1cy.com", "a" * 120 + ".com"),
        *(" ", " ", " ", "\n", "\t", "\x1c", "\u00a0"),
    ]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        doc = Document.from_text(text)
        for match in re.finditer(r"\S+(?:\s\S+)?", text):
            start, end = match.span()
            left, right = start, end
            while left > 0 and not text[left - 1].isspace() and start - left < 200:
                left -= 1
            while right < len(text) and not text[right].isspace() and right - end < 200:
                right += 1
            candidate = (
                _LINK_CHARACTER_RE.search(text, left, right) or "`" in doc.line_span(start).text
            )
            expected = bool(candidate) and any(a < end and start < b for a, b in doc.non_prose)
            assert doc.in_non_prose(start, end) == expected, (text, start, end)


def test_shared_analysis_is_built_once_per_document() -> None:
    built: list[str] = []

    def first_words(doc: Document) -> list[str]:
        built.append(doc.text)
        return doc.text.split()[:1]

    one, other = Document.from_text("alpha beta"), Document.from_text("gamma")
    assert one.shared(first_words) == ["alpha"]
    assert one.shared(first_words) is one.shared(first_words)
    assert other.shared(first_words) == ["gamma"]
    assert built == ["alpha beta", "gamma"]


class Crashes(Rule):
    """Test rule that has a bug."""

    code = "P903"
    name = "crashes"
    examples = []

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        raise ZeroDivisionError("boom")


def test_a_crashing_rule_is_named_with_the_file() -> None:
    import pytest

    from lintnews.engine import RuleError

    with pytest.raises(RuleError, match=r"story.txt: rule P903 failed \(ZeroDivisionError: boom\)"):
        Linter(Config(), rules=[Crashes]).lint_text("Some text.", "story.txt")


def test_line_key_normalises_short_lines_and_skips_long_ones() -> None:
    from lintnews.document import line_key

    twelve = " ".join(f"w{n}" for n in range(12))
    assert line_key("  Page 2 of  5 \t") == "page # of #"
    assert line_key(twelve + "   ") == " ".join("w#" for _ in range(12))
    assert line_key(twelve + " w12") is None  # thirteen words: a paragraph, not page furniture
    assert line_key(" \t ") is None
