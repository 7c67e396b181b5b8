"""The M family's word lists, read once from ``data/*.txt`` beside this module.

Each file holds one list: a ``#`` header saying what the list is for and where its words came
from, then the words, separated by white space (``#`` starts a comment). The lists are read when
the family is imported and kept as frozensets, which the M rules test in their hot loops.

Kept in code instead, because they are part of a test rather than evidence: the suffix tuples
given to ``str.endswith`` (``_DEMONYM_ENDINGS`` and ``_ADJECTIVE_ENDINGS`` in ``_lower_glue``),
the two-word sets each tied to its own length rule in ``_lower_glue._name_may_end``, and the
character sets of ``_code``.
"""

from __future__ import annotations

from pathlib import Path

# Read by path, as lintnews.lexicon reads the shared lists: every process reads these 23 lists
# when the rules are imported, and importlib.resources.files() costs far more than the reading
# in an editable install. The folder sits beside this module in a wheel and in a checkout.
_DATA = Path(__file__).resolve().parent / "data"


def load_words(name: str) -> frozenset[str]:
    """The words of ``data/<name>.txt``."""
    text = (_DATA / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() for word in line.split("#", 1)[0].split())


# Glued words (M001): what the pieces of a token may be.
FUNCTION_WORDS = load_words("function_words")
SHORT_WORDS = load_words("short_words")
SUFFIX_LIKE = load_words("suffix_like")
PREFIX_LIKE = load_words("prefix_like")
PARTICLES = load_words("particles")
FUNCTION_COMPOUNDS = load_words("function_compounds")
PREPOSITIONS = load_words("prepositions")
I_VERBS = load_words("i_verbs")
COMMON_ADJECTIVES = load_words("common_adjectives")
COMPARED_ADJECTIVES = load_words("compared_adjectives")
PAST_TENSES = load_words("past_tenses")
# Glued names and capitalised words (M001).
NAME_FOLLOWERS = load_words("name_followers")
BRAND_PREFIXES = load_words("brand_prefixes")
SURNAME_PREFIXES = load_words("surname_prefixes")
OPENERS = load_words("openers")
LEFT_OPENERS = load_words("left_openers")
NAME_HEADS = load_words("name_heads")
TITLES = load_words("titles")
NAME_TITLES = TITLES | load_words("name_titles")
# Names glued to a scrap of another language (M002).
FOREIGN_TAILS = load_words("foreign_tails")
UNNAMELY_TAILS = load_words("unnamely_tails")
# Words broken apart (M003, M004).
SUFFIX_FRAGMENTS = load_words("suffix_fragments")
SUSPENDED = load_words("suspended")
