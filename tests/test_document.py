"""The document as the one shared parse: sentence starts, whole-word occurrences, neighbouring
words, the lowered text and the line index, each asked the same way by every rule family.

The sentence-start cases pin where the project's four former definitions disagreed (C001's
``_starts_sentence``, T001's look-back before an aside, the M rules' ``opens_sentence`` and the
document's own) and what the one definition says there.
"""

from __future__ import annotations

import random

import pytest

from lintnews.document import Document, Offsets

# A hard-wrapped text (short lines that break inside sentences): a single line break in it is
# a space, not a sentence boundary.
_WRAPPED = (
    "The talks in Istanbul ended on Tuesday without any agreement on a\n"
    "ceasefire, and the delegations said that they would meet again after\n"
    "consulting their governments, which both sides described as a sign of\n"
    "progress. Officials in Kyiv were more cautious about what the talks had\n"
)


def _at(text: str, word: str, *, certain: bool = False) -> bool:
    """``opens_sentence`` at the last occurrence of ``word`` in ``text``."""
    return Document.from_text(text).opens_sentence(text.rindex(word), certain=certain)


# Places where a sentence may open but does not certainly open: the default question says yes
# (a capital here may be the position's), the certain one no (a lowercase word here is no
# defect). C001 asked the certain question; C002, T002, T003, T004 the default one.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Prices rose in the U.S. and then fell.", "and"),  # an abbreviation with dots
        ("They met Mr. smith on Monday.", "smith"),  # an abbreviation
        ("They met J. smith on Monday.", "smith"),  # an initial
        ("She paused... and then she spoke.", "and"),  # an ellipsis
        ("She paused… and then she spoke.", "and"),
        ('He shouted "Stop!" and left.', "and"),  # a quotation inside the sentence
        ("The musical Mamma Mia! has joined the list.", "has"),  # a title
        ("How do you say basketball? and what is it?", "and"),  # a question that goes on
        ('"We will deal with this." he added.', "he"),  # a quotation and who said it
        ("The plan has three parts:\n1. the army withdraws", "the"),  # a list marker
        ("Options\nthe army withdraws", "the"),  # a line after a heading, not a sentence end
        ("It was the start of China's\n\neconomic power.", "economic"),  # a broken paragraph
        ("Talks ended.the army left.", "the"),  # no white space after the mark (P001's)
    ],
)
def test_a_sentence_may_open_where_it_does_not_certainly_open(text: str, word: str) -> None:
    assert _at(text, word)
    assert not _at(text, word, certain=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army pulled back. fomin said so.", "fomin"),
        ("Is it over? no, officials said.", "no"),
        ("the talks resumed.", "the"),  # the start of the text
        ("The talks ended.\n\nthe army pulled back.", "the"),  # a new paragraph
        ('He left. "the army stays," she said.', "the"),  # an opening quote
        ("He left.” the army stayed.", "the"),  # a closing quote after the mark
    ],
)
def test_a_sentence_certainly_opens_after_a_sentence_end(text: str, word: str) -> None:
    assert _at(text, word)
    assert _at(text, word, certain=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Talks between Ukraine and Russia resumed.", "Russia"),  # inside a sentence
        ("said Murray (Anyinsah scored)", "Anyinsah"),  # the M rules said yes: a bracket
        ("Justine Henin-Hardenne won.", "Hardenne"),  # the M rules said yes: a hyphen
        ("Options:\n- The army withdraws", "The"),  # the M rules said yes: a bullet
        ("He said, “The talks are over.”", "The"),  # a quotation inside a sentence
    ],
)
def test_no_sentence_opens_inside_one(text: str, word: str) -> None:
    assert not _at(text, word)
    assert not _at(text, word, certain=True)


def test_a_quotation_that_ends_a_sentence_is_followed_by_a_sentence_start() -> None:
    # The M rules said no after a quote glued to the character before it; the one definition
    # sees the end of a quoted sentence (and M001 would report 'Thestatement' here).
    assert _at('"I cannot say it." Thestatement followed.', "Thestatement")


def test_in_hard_wrapped_text_a_single_line_break_opens_a_sentence_only_after_a_sentence_end() -> (
    None
):
    doc = Document.from_text(_WRAPPED)
    assert doc.hard_wrapped
    inside = _WRAPPED.index("ceasefire")
    after_end = _WRAPPED.index("Officials")
    assert not doc.opens_sentence(inside)  # the M rules said yes at every line break
    assert not doc.opens_sentence(inside, certain=True)
    assert doc.opens_sentence(after_end)
    # Not the first word of its line: "progress. Officials" on one line.
    assert doc.opens_sentence(after_end, certain=True)
    line_start = _WRAPPED.index("progress")
    assert not doc.opens_sentence(line_start)  # the line before ends "a sign of"


def test_in_text_with_a_paragraph_a_line_any_line_may_open_a_sentence() -> None:
    text = "Officials said the talks would go on\nthe army would stay."
    doc = Document.from_text(text)
    assert not doc.hard_wrapped
    assert doc.opens_sentence(text.index("the army"))
    assert not doc.opens_sentence(text.index("the army"), certain=True)


# sentence_start: where T001 looks for a subject before an aside. It took the last ". ", "! ",
# "? " or line break before the offset.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended. The talks, held in May, they failed.", "The talks"),
        # The old look-back missed a mark before a closing quote, and an ellipsis.
        ('He said "It ended." The talks, held in May, they failed.', "The talks"),
        ("It ended… The talks, held in May, they failed.", "The talks"),
        ("Talks ended.\n\n“The talks, held in May, they failed.", "The talks"),
        ("The talks, held in May, they failed.", "The talks"),
    ],
)
def test_the_sentence_start_before_an_offset(text: str, expected: str) -> None:
    doc = Document.from_text(text)
    assert doc.sentence_start(text.index("they")) == text.index(expected)


def test_the_sentence_start_is_not_a_line_break_inside_a_hard_wrapped_sentence() -> None:
    doc = Document.from_text(_WRAPPED)
    # The old look-back stopped at the line break before "ceasefire".
    assert doc.sentence_start(_WRAPPED.index("and the delegations")) == 0
    assert doc.sentence_start(_WRAPPED.index("more cautious")) == _WRAPPED.index("Officials")


def test_the_sentence_start_stops_at_the_floor() -> None:
    text = "A long sentence without any end runs on and on, they said"
    doc = Document.from_text(text)
    assert doc.sentence_start(text.index("they"), floor=10) == 10


def test_a_certain_sentence_start_is_always_a_possible_one() -> None:
    """Random texts of the characters that decide: wherever the certain question says yes, the
    default one does too (in running and in hard-wrapped text)."""
    pieces = [*"ab A.!?…\"'“”‘’«»()[]\n\t,;:-1 ", "Mr", "U.S", "the", "he said", "\n\n"]
    rng = random.Random(13)
    for _ in range(3000):
        middle = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for prefix in ("", _WRAPPED):
            text = f"{prefix}{middle}word and more."
            doc = Document.from_text(text)
            start = text.rindex("word")
            if doc.opens_sentence(start, certain=True):
                assert doc.opens_sentence(start), repr(text)


# Whole-word occurrences: one apostrophe rule.
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Russia and Russia's army", "Russia", [0, 11]),  # a possessive ends the word
        ("'Russia' said so", "Russia", [1]),  # quotation marks are no part of a word
        ("the students' union", "students", [4]),
        ("I don't know", "don", []),  # an apostrophe joins letters: don't is one word
        ("I don't know", "t", []),
        ("Mr O'Brien spoke", "Brien", []),
        ("rock'n'roll", "n", []),
        ("Russias and Prussia", "Russia", []),  # inside longer words
        ("file_russia and russia", "russia", [16]),  # an underscore joins an identifier
        ("russia", "russia", [0]),
    ],
)
def test_occurrences_of_a_whole_word(text: str, word: str, expected: list[int]) -> None:
    assert list(Document.from_text(text).occurrences(word)) == expected


# The previous and next word: the same word and gap for every rule that asks.
@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("France, turkey and China", "turkey", ("France", ", ")),
        ("the students' union", "union", ("students'", " ")),
        ("He said 'tis true", "true", ("'tis", " ")),
        ("Britain\nturkey", "turkey", ("", "")),  # a word on another line is no neighbour
        ("turkey", "turkey", ("", "")),
        ("x" + " " * 45 + "turkey", "turkey", ("", "")),  # out of reach (40 characters)
    ],
)
def test_previous_word(text: str, at: str, expected: tuple[str, str]) -> None:
    assert Document.from_text(text).previous_word(text.index(at)) == expected


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        ("turkey, China and France", "turkey", ("China", ", ")),
        # An apostrophe before the word falls in the gap, one after it is the word's (as in
        # students'): the previous word of "'tis" keeps its apostrophe, the next one does not.
        ("turkey 'China' too", "turkey", ("China'", " '")),
        ("turkey don't", "turkey", ("don't", " ")),
        ("turkey\nChina", "turkey", ("", "")),
        ("turkey.", "turkey", ("", "")),
    ],
)
def test_next_word(text: str, after: str, expected: tuple[str, str]) -> None:
    doc = Document.from_text(text)
    assert doc.next_word(text.index(after) + len(after)) == expected


def test_the_lowered_text_keeps_every_offset() -> None:
    text = "İstanbul talks: THE army"
    lowered = Document.from_text(text).lowered
    assert len(lowered) == len(text)
    assert lowered[lowered.index("the") : lowered.index("the") + 3] == "the"
    assert lowered[0] == "İ"  # its lower case is two characters: kept as it is


def test_writes_any_asks_for_whole_words_in_their_spelling() -> None:
    doc = Document.from_text("NATO met. Natoma is a town.")
    assert doc.writes_any({"NATO", "OPEC"})
    assert not doc.writes_any({"Nato", "OPEC"})  # another spelling
    assert not doc.writes_any({"Natom"})  # part of a word


def test_the_line_index_is_built_once_and_files_lines_by_first_word() -> None:
    doc = Document.from_text("Read more: the plan\n\n- Read this\n2 hours ago\nThe end")
    index = doc.line_index
    assert doc.line_index is index
    assert [line.text for line in index.starting(frozenset({"read"}))] == [
        "Read more: the plan",
        "- Read this",
    ]
    assert [line.text for line in index.starting(frozenset({"#"}))] == ["2 hours ago"]
    assert [line.text for line in index.containing("end")] == ["The end"]


# Shared evidence: the word lists of lintnews/data, read by one loader.


def test_every_word_list_says_what_it_holds_and_where_its_words_came_from() -> None:
    from importlib import resources

    folder = resources.files("lintnews").joinpath("data")
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    assert {"calendar.txt", "titles.txt", "reporting_verbs.txt", "names.txt"} <= set(names)
    for name in names:
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        header = " ".join(line.lstrip("# ") for line in lines[:12] if line.startswith("#"))
        assert lines[0].startswith("# "), name
        assert "Hand-written by the project" in header or "licence" in header, name


def test_a_section_that_does_not_exist_is_an_error() -> None:
    from lintnews.lexicon import word_set

    with pytest.raises(KeyError):
        word_set("titles", "Honorific")


def test_the_names_take_the_days_and_the_months_that_are_no_ordinary_words() -> None:
    from lintnews.lexicon import days, get_lexicon, months

    lexicon = get_lexicon()
    assert len(days()) == 7 and len(months()) == 12
    assert lexicon.proper_form("tuesday") == "Tuesday"
    assert lexicon.proper_form("september") == "September"
    for ordinary in ("may", "march", "august"):
        assert lexicon.proper_form(ordinary) is None  # the document has to show these
    assert lexicon.proper_form("ukraine") == "Ukraine"
    assert lexicon.is_nationality("russian")


def test_the_rules_lists_that_differ_from_the_shared_ones_are_parts_of_them() -> None:
    """Where a rule keeps a narrower list, it is a named part of the shared one, not a list
    of its own that drifts."""
    from lintnews.lexicon import function_words, reporting_verbs, word_set
    from lintnews.rules.translation import doubled_word, duplicated_subject

    assert doubled_word._FUNCTION_WORDS.issubset(function_words())
    assert duplicated_subject._DETERMINERS.issubset(function_words("Determiners"))
    says_that = word_set("reporting_verbs", "Verbs that take a clause but no person as object")
    assert duplicated_subject._SAYS_THAT == says_that < reporting_verbs()


def test_a_quotation_followed_by_any_shared_reporting_verb_goes_on() -> None:
    # C001 knew 20 verbs of attribution; it asks the shared reporting verbs now.
    assert not _at('"We are done." stated the minister.', "stated", certain=True)
    assert not _at('"We are done." according to the minister.', "according", certain=True)
    assert _at("We are done. stated plainly, it was over.", "stated", certain=True)


def test_offsets_hold_exactly_what_was_added() -> None:
    chosen = {0, 7, 8, 15, 16, 999}
    offsets = Offsets(1000, chosen)
    offsets.add(7)  # added twice, counted once
    assert offsets == frozenset(chosen)
    assert len(offsets) == len(chosen)
    assert sorted(offsets) == sorted(chosen)
    assert all(n not in offsets for n in (-1, 1, 6, 9, 1000, 10_000))


def test_sentence_starts_need_no_list_of_sentences() -> None:
    text = 'He left. "Then?" she asked.\nA new line starts here. Mr. Smith came.\n\nEnd'
    alone = Document.from_text(text)
    starts = alone.sentence_starts
    assert "sentences" not in alone.__dict__  # the spans were not all kept
    listed = Document.from_text(text)
    expected = {text.index(word) for word in ("He", "Then", "A new", "Mr", "End")}
    assert starts == listed.sentence_starts
    assert expected <= set(starts)
