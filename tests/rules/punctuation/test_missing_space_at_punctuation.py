"""P005 beyond its examples: where the space goes, which fixes are safe, and the shapes of
correct text that hold the same marks (numbers, addresses, code, optional letters, brands)."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter

_P005 = Linter(Config(select=("P005",)))


def _findings(text: str) -> list[tuple[str, bool]]:
    return [
        (text[d.start : d.end], d.fix is not None and d.fix.is_safe) for d in _P005.lint_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "glued", "safe"),
    [
        ("He said it was over,but nobody agreed.", "over,but", True),
        ("It was late;then the vote came.", "late;then", True),
        # A name, a number or a list of items: the space is missing, but a brand or data may
        # be written so on purpose.
        ("The firm hired John Sidgmore,who died.", "Sidgmore,who", False),
        ("Between 1998 and 2002,the number rose.", "2002,the", False),
        ("The group has three core divisions:gaming and bars.", "divisions:gaming", False),
        ("Reported by the Wall Street Journal(WSJ) today.", "Journal(WSJ", False),
        ("The fund (set up in 1998)closed on Monday.", "1998)closed", False),
        ("He called it a “sham”and walked out.", "sham”and", False),
    ],
)
def test_glued_words_are_reported_with_a_fix_as_safe_as_the_text_allows(
    text: str, glued: str, safe: bool
) -> None:
    assert _findings(text) == [(glued, safe)]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # An odd number of straight quotes before it: the quote closes, the space goes after.
        ('"It is over,"he said.', '"It is over," he said.'),
        ('He said "it is over"and left.', 'He said "it is over" and left.'),
        # An even number: the quote opens, the space goes before.
        ('He told them,"It is over."', 'He told them, "It is over."'),
        (
            'Critics accused it of"corrupting" politics.',
            'Critics accused it of "corrupting" politics.',
        ),
    ],
)
def test_a_straight_quote_gets_its_space_on_the_side_it_opens_or_closes(
    text: str, fixed: str
) -> None:
    assert _P005.fix_text(text, unsafe=True) == fixed
    assert _P005.fix_text(text) == text  # the quote may be read wrong: never a safe fix


@pytest.mark.parametrize(
    "text",
    [
        "It cost 1,000 dollars, or 2,500 at 3:30 on 4/5; scores were 3:1 and 2,1.",
        "See https://example.com/a,b;c:d and write to jo,an@example.com today.",
        "Run `f(x,y)` or a=1,b=2 in the shell.",
        "Each author(s) may (re)launch the field(s): [t]he (s)he (wo)man rule.",
        "Windows(TM) and Acme(R) won; mail clyde(at)example(dot)com.",
        "Tom&amp;friends met me:) and then;) smiled:D again.",
        "Apple's iPhone,iPad range and the SM:tv show, with CD:UK on air.",
        "Earth,Wind played first. Later Earth,Wind played again.",
        'She wrote I”m and don”t, and dotted the "i"s.',
        "Choose A,B or C at x,y; e.g.,this and U.S.,that are abbreviations.",
        "Send tyre(205/55) and note(1) to HDMIx1,LANx1 now.",
        "Re: the 1950s-style 12th,2nd and 3rd;4th in line.",
    ],
)
def test_marks_that_are_written_right_are_left_alone(text: str) -> None:
    assert _findings(text) == []


def test_each_glue_of_a_list_is_reported_and_none_is_safe() -> None:
    # A list written without spaces may be data (tags, a CSV line) rather than prose.
    assert _findings("We bought lettuce,onion,cucumber and kale.") == [
        ("lettuce,onion", False),
        ("onion,cucumber", False),
    ]


def test_a_glued_word_inside_a_url_or_address_is_not_reported_but_prose_beside_it_is() -> None:
    text = "Visit www.example.com/news,sport today,then leave."
    assert _findings(text) == [("today,then", True)]
