"""R004 metadata-header beyond its docstring examples."""

from __future__ import annotations

from lintnews.rules.residue import metadata_header
from tests.rules.conftest import quick_test_agrees


def test_metadata_header_pattern_is_tried_where_the_quick_test_allows() -> None:
    """R004 tries its pattern only where _may_open_with_field() says a field can open the text."""
    pieces = [
        "date", "DATE", "Date", "published", "Publish_date", "pubdate", "UPDATED", "modified",
        "Created", "Timestamp", "time", "url", "URL", "source", "ſource", "Link", "title",
        "Title", "author", "lang", "language", "id", "İd", "The", "Kyiv", "K", "é", " ", "\t",
        ":", "=", " 2022-03-29", "2022-03-29T10:00Z", "https://example.com", "www.x.org", "\n",
    ]  # fmt: skip
    quick_test_agrees(
        metadata_header._HEADER_RE, metadata_header._may_open_with_field, pieces, seed=4, most=6
    )
