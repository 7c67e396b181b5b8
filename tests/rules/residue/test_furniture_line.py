"""R013 residue-furniture beyond its docstring examples: the closing block's evidence."""

from __future__ import annotations

from lintnews.config import Config
from lintnews.document import Document, RunContext
from lintnews.engine import Linter
from lintnews.rules.residue.furniture_line import _MORE, _PROSE
from lintnews.source import Source

_LINTER = Linter(Config(select=("R013",)))


def _reported(text: str, context: RunContext | None = None) -> list[str]:
    document = Document(Source.from_text(text, "page.txt"), _LINTER.config, context)
    return [text[d.start : d.end] for d in _LINTER.check(document)]


def test_a_footer_line_without_evidence_of_its_own_needs_the_blocks() -> None:
    assert _reported(_PROSE + _MORE + "Related Posts\n") == []
    assert _reported(_PROSE + _MORE + "Related Posts\nShare | Tweet | Email\n") == [
        "Related Posts",
        "Share | Tweet | Email",
    ]


def test_the_blocks_evidence_may_come_from_other_files_of_the_run() -> None:
    footer = "Related Posts\nMore From The Valley Tribune\n"
    page = _PROSE + _MORE + footer
    others = [f"Story {n} ran on Monday.\nMore From The Valley Tribune\n" for n in range(3)]
    assert _reported(page) == []
    context = RunContext.of([page, *others])
    assert "Related Posts" in _reported(page, context)


def test_a_numbered_list_in_the_closing_block_is_the_articles() -> None:
    tracks = "1. Spring Break\n2. Nico Beast\n3. Jazz And Information\n"
    text = _PROSE + _MORE + tracks + "Share | Tweet | Email\n"
    assert _reported(text) == ["Share | Tweet | Email"]


def test_before_the_prose_the_block_gives_no_such_evidence() -> None:
    # The article's own headline has the shape of furniture: only the menu goes.
    assert _reported("Talks End Without Deal\nHome | World | Sport\n" + _PROSE + _MORE) == [
        "Home | World | Sport"
    ]
