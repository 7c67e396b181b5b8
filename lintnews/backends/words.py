"""The words a backend must not call misspelled: the user's known words and the document's own
names. Shared by the package (which works them out once per document) and by each backend
(which tests a flagged word against them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lintnews.config import Config
from lintnews.document import Document

_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
# A remainder that makes a capitalised word look like a name merged with the next word
# ('Chernihivalthough' = 'Chernihiv' + 'although'): such words are damage, not names.
_MERGE_REMAINDER_ZIPF = 4.5


def document_words(doc: Document, config: Config) -> frozenset[str]:
    """Words a backend must not call misspelled: the user's known words, and the names this
    document uses (words it capitalises inside a sentence), as the document spells them.

    A name is taken when the lexicon knows it (wordfreq lists news names: Fomin, Chernihiv,
    Guterres) or the document uses it more than once. So a capitalised one-off the lexicon has
    never seen (``Belarusao``, damage from 'Belarus or') stays a backend finding, and so does a
    name merged with a common word (``Chernihivalthough``, ``Ukrainethey``), which would otherwise
    hide the defect whenever the native rule for it is not selected."""
    capitalised = doc.capitalised_mid_sentence
    lower_counts = doc.lower_counts
    spelled: dict[str, str] = {}
    for word in doc.word_counts:
        if not word[:1].isupper():
            continue
        base = _POSSESSIVE_RE.sub("", word)
        if base.lower() in capitalised or word.lower() in capitalised:
            spelled.setdefault(base.lower(), base)
    zipf = doc.lexicon.zipf
    names = set(spelled)
    kept = {
        spelling
        for lower, spelling in spelled.items()
        if (zipf(lower) > 0 or lower_counts.get(lower, 0) > 1)
        and not _looks_merged(lower, names, zipf)
    }
    return frozenset(kept | set(config.known_words_key))


def _looks_merged(lower: str, names: Iterable[str], zipf: Callable[[str], float]) -> bool:
    for name in names:
        if len(name) >= 3 and len(lower) > len(name) and lower.startswith(name):
            rest = lower[len(name) :]
            if rest == "a" or (len(rest) >= 2 and zipf(rest) >= _MERGE_REMAINDER_ZIPF):
                return True
    return False


def is_known(word: str, lowered: frozenset[str]) -> bool:
    """Whether ``word`` (a backend's flagged text) is one of ``lowered`` (lower-cased words),
    ignoring case and a possessive ending."""
    return word.lower() in lowered or _POSSESSIVE_RE.sub("", word).lower() in lowered
