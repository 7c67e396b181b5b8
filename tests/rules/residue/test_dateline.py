"""R009 dateline beyond its docstring examples."""

from __future__ import annotations

from lintnews.rules.residue import dateline
from tests.rules.conftest import quick_test_agrees


def test_dateline_pattern_is_tried_where_the_quick_test_allows() -> None:
    """R009 tries its pattern only where may_be_dateline() says it can match."""
    pieces = [
        "KYIV", "Kyiv", "WASHINGTON", "Madrid", "LONDON", "São", "ÉVORA", "The", "US", "AB",
        "Ukraine", "Russia", "said", "Mr", "É", " ", " ", "  ", "\t", ",", " March 3", " 3 May",
        "(Reuters)", "(AP)", "(EFE)", "(", ")", "-", "--", "—", "–", ".-", ".", "'", "date 2022-03-29",
        "published: 2022-03-29T10:00Z", "time=2022-3-9", "dpa", "\"", "“",
    ]  # fmt: skip
    quick_test_agrees(
        dateline._DATELINE_RE, dateline.may_be_dateline, pieces, seed=9, least=1, most=9
    )
