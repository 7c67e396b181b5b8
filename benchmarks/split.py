"""Which part of a benchmark source a document belongs to: the part rules are tuned on, or the
part figures are measured and quoted on (issue 18's protocol).

The split is a hash of the document's id, so it is fixed, needs no list of ids kept anywhere,
gives about half each, and does not change when documents are added or removed. A document's
id is what names it inside its source:

- ``bbc-news``: the article's path relative to the corpus folder (``business/absa-and-...txt``);
- ``wmt22-ja-en``, ``wmt22-ru-en``, ``wmt22-uk-en``: the record's ``id`` within that pair's file
  (the pair is part of the source name, because ids are only unique within a pair);
- ``dragnet``: the page's ``id`` in the extracted corpus.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Part = Literal["tune", "measure"]
PARTS: tuple[Part, ...] = ("tune", "measure")


def part(source: str, doc_id: str) -> Part:
    """``"tune"`` when the first byte of sha256(``source:doc_id``) is below 128, else ``"measure"``."""
    digest = hashlib.sha256(f"{source}:{doc_id}".encode()).digest()
    return "tune" if digest[0] < 128 else "measure"
