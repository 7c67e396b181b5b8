"""T004 untranslated-fragment: source-language words left in English text (`Russia y Ukraine`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.lexicon import Lexicon
from lintnews.rule import Rule, bad, good
from lintnews.scan import word_alternation, words

# Function words of the languages news is most often machine-translated from, with the English
# they stand for. Words that are also English words (die, con, para, sin, pour, per, a, do, e,
# al, lo, ha, den, im, es, er, non) are left out.
_FUNCTION_WORDS: dict[str, tuple[str, str]] = {
    # Spanish
    "y": ("es", "and"),
    "o": ("es", "or"),
    "el": ("es", "the"),
    "los": ("es", "the"),
    "las": ("es", "the"),
    "del": ("es", "of the"),
    "que": ("es", "that"),
    "por": ("es", "for"),
    "una": ("es", "a"),
    "pero": ("es", "but"),
    "muy": ("es", "very"),
    "también": ("es", "also"),
    "entre": ("es", "between"),
    "sobre": ("es", "on"),
    "desde": ("es", "since"),
    "según": ("es", "according to"),
    "está": ("es", "is"),
    "fue": ("es", "was"),
    "de": ("es", "of"),
    "la": ("es", "the"),
    "en": ("es", "in"),
    # French
    "et": ("fr", "and"),
    "le": ("fr", "the"),
    "les": ("fr", "the"),
    "du": ("fr", "of the"),
    "des": ("fr", "of the"),
    "une": ("fr", "a"),
    "avec": ("fr", "with"),
    "dans": ("fr", "in"),
    "est": ("fr", "is"),
    "qui": ("fr", "who"),
    "sur": ("fr", "on"),
    "mais": ("fr", "but"),
    "aussi": ("fr", "also"),
    "sont": ("fr", "are"),
    "cette": ("fr", "this"),
    "leur": ("fr", "their"),
    "au": ("fr", "to the"),
    "aux": ("fr", "to the"),
    # German
    "und": ("de", "and"),
    "der": ("de", "the"),
    "das": ("de", "the"),
    "ist": ("de", "is"),
    "nicht": ("de", "not"),
    "mit": ("de", "with"),
    "von": ("de", "of"),
    "auch": ("de", "also"),
    "ein": ("de", "a"),
    "eine": ("de", "a"),
    "zu": ("de", "to"),
    "auf": ("de", "on"),
    "für": ("de", "for"),
    "wird": ("de", "will"),
    "sind": ("de", "are"),
    "wurde": ("de", "was"),
    "oder": ("de", "or"),
    "aber": ("de", "but"),
    "nach": ("de", "after"),
    "sich": ("de", "itself"),
}
# Other languages a function word also belongs to, for choosing by the words around it.
_ALSO_IN = {"de": ("fr",), "la": ("fr",), "en": ("fr",)}
_CONJUNCTIONS = words("y o et und oder")
_LANGUAGE_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
}

# Loanwords and set phrases English uses: the word after, or the word before, the function word.
_LOAN_NEXT: dict[str, frozenset[str]] = {
    "de": words(
        """facto jure rigueur luxe novo trop grace grâce force vivre plume guerre combat corps
        résistance resistance ville chambre cologne toilette la"""
    ),
    "la": words("carte mode vie la crème creme dolce nouvelle"),
    "et": words("al cetera seq"),
    "entre": words("nous"),
    "qui": words("vive"),
    "en": words("route masse bloc suite vogue passant scène scene famille garde dash"),
    "du": words("jour monde soleil vin"),
    "des": words("res"),
    "le": words("mot tout"),
    "que": words("sera"),
    "por": words("favor"),
    "y": words("axis"),
    "o": words("level levels"),
    "au": words("pair pairs revoir fait naturel contraire courant gratin jus lait"),
    "sur": words("place"),
}
_LOAN_PREVIOUS: dict[str, frozenset[str]] = {
    "la": words("ooh oh à tra la cosa"),
    "de": words(
        """coup tour joie nom pièce piece crème creme esprit hors maître eau pas cri haute fleur
        fin"""
    ),
    "y": words("x generation gen"),
    "der": words("van"),
    "o": words("x"),
    "et": words("e.t"),
    "del": words("ctrl alt"),
    "von": words("van"),
    "une": words("à"),
}
# Particles of names: before a capitalised word they are part of it (de Gaulle, le Pen,
# van der Veer, del Potro, von der Leyen, dos Santos).
_PARTICLES = words("de la le el der das del du des von van dem los las di da dos")
# A function word between two words on one line: the fast first pass.
_CANDIDATE_RE = re.compile(r" (" + word_alternation(_FUNCTION_WORDS) + r")(?= [^\W\d_])")
_VARIABLE_RE = re.compile(r"(?<![\w'’-])[xXzZ](?![\w'’-])")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’.-]*)([^\w\n]*)$")
_WORD_AFTER_RE = re.compile(r"([^\W\d_][\w'’-]*)")
# A word foreign to English: much more frequent in the source language than in English.
_FOREIGN_MARGIN = 1.5
_FOREIGN_MIN = 3.5
_ENGLISH_MIN = 2.5
_COMMON_ZIPF = 4.0
_MAX_RUN = 8
# Fewer source-language function words than this never make a document foreign.
_FOREIGN_DOCUMENT_MIN = 3


class UntranslatedFragment(Rule):
    """Source-language word left in the English text (`Russia y Ukraine`, `the end de la war`).

    ## What it does
    Finds function words of the languages news is most often machine-translated from (Spanish
    `y`, `o`, `de la`; French `et`, `le`, `les`; German `und`, `der`, `das`) standing between
    English words, and runs of words that wordfreq's frequency lists say belong to that language
    rather than to English (`de la guerra`).

    Not reported: loanwords and set phrases English uses (`de facto`, `coup de grace`, `à la
    carte`, `et al`, `en route`), names and titles (`Der Spiegel`, `Le Monde`, `de Gaulle`,
    `van der Veer`, `Ortega y Gasset`), and letters (`x and y`, `generation y`).

    ## Why is this bad?
    A machine translation engine leaves a word it did not recognise as translatable, or a
    passage it took for a name. The English reader loses the meaning of that part of the
    sentence.

    ## Example
    ```
    The talks held in person o by video made no progress, officials und diplomats said.
    ```

    ## Use instead
    ```
    The talks held in person or by video made no progress, officials and diplomats said.
    ```
    There is no automatic fix: the word may stand for more than its dictionary translation.
    """

    code = "T004"
    name = "untranslated-fragment"
    uses_lexicon = True
    examples = [
        bad("The talks held in person o by video made no progress."),
        bad("Guarantees from Russia y Ukraine were discussed."),
        bad("The officials und diplomats met on Tuesday."),
        bad("It marked the end de la guerra in the region."),
        good("It became the de facto capital after a coup d'etat."),
        good("Der Spiegel and Le Monde reported it, as did de Gaulle's biographer."),
        good("Jeroen van der Veer spoke. The à la carte menu was praised, Smith et al wrote."),
        good("Plot x against y. Ortega y Gasset wrote it."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        # Pre-check: a candidate is one of the function words standing between spaces, so a
        # whole word of the document; most English documents write none of them.
        if not doc.writes_any(_FUNCTION_WORDS.keys()):
            return
        text = doc.text
        lexicon = doc.lexicon
        candidates = list(_CANDIDATE_RE.finditer(text))
        if not candidates or not _mostly_english(text, len(candidates)):
            return  # a document in another language is not English with fragments left in
        reported_until = -1
        for match in candidates:
            start = match.start(1)
            if start < reported_until:
                continue
            word = match.group(1)
            found = _fragment(doc, lexicon, word, start)
            if found is None:
                continue
            span_start, span_end, language = found
            if doc.in_non_prose(span_start, span_end):
                continue
            reported_until = span_end
            fragment = text[span_start:span_end]
            meaning = _FUNCTION_WORDS[word][1]
            yield self.report(
                span_start,
                span_end,
                f"Untranslated {_LANGUAGE_NAMES.get(language, language)} '{fragment}'"
                + (f" ('{word}' means '{meaning}')" if fragment == word else ""),
            )


def _fragment(
    doc: Document, lexicon: Lexicon, word: str, start: int
) -> tuple[int, int, str] | None:
    """The span and language of an untranslated fragment around the function word at
    ``start``, or None when the word is a loan, part of a name, or not between English words."""
    text = doc.text
    end = start + len(word)
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER_RE.match(text, end + 1)
    if before is None or after is None or before.group(2).strip(" ,"):
        return None  # punctuation before it: a list, a quotation, a heading
    previous, following = before.group(1), after.group(1)
    if following.lower() in _LOAN_NEXT.get(word, ()) or previous.lower() in _LOAN_PREVIOUS.get(
        word, ()
    ):
        return None
    if text[after.end() : after.end() + 1] == "." and len(following) <= 2:
        return None  # "Smith et al."
    if any(len(w) == 1 and w not in ("a", "I") for w in (previous, following)):
        return None  # letters: "x y z"
    if word in ("y", "o") and _VARIABLE_RE.search(text, max(0, start - 300), end + 300):
        return None  # "X and y are lists": a variable beside x
    language = _FUNCTION_WORDS[word][0]
    languages = (language, *_ALSO_IN.get(word, ()))
    # Runs: neighbours that are themselves foreign words (or function words) of the language.
    span_start, span_end = start, end
    run = 0
    for candidate in languages:
        if not following[0].isupper() and (
            _foreign(lexicon, following, candidate) or following.lower() in _FUNCTION_WORDS
        ):
            language = candidate
            run += 1
            span_end = after.end()
            break
    if _foreign(lexicon, previous, language) and not previous[0].isupper():
        run += 1
        span_start = before.start(1)
    if run:
        next_word = _WORD_AFTER_RE.match(text, span_end + 1)
        for _ in range(_MAX_RUN):
            if (
                next_word is None
                or text[span_end : span_end + 1] != " "
                or next_word.group(1)[0].isupper()
                or not _foreign(lexicon, next_word.group(1), language)
            ):
                break
            span_end = next_word.end()
            next_word = _WORD_AFTER_RE.match(text, span_end + 1)
        if previous[0].isupper() and word in _PARTICLES:
            return None  # "Rodrigo de la Serna"
        if (
            next_word is not None
            and next_word.group(1)[0].isupper()
            and text[span_end] == " "
            and (previous[0].isupper() or word in _PARTICLES)
        ):
            return None  # a name or title: "Partido contra la Pobreza", "de la Hoya"
        if _in_quotation(text, span_start) and len(text[span_start:span_end].split()) >= 3:
            return None  # a quoted sentence of the source language, kept on purpose
        return span_start, span_end, language
    if following[0].isupper() and word in _PARTICLES:
        return None  # part of a name: "de Gaulle", "le Pen", "von der Leyen"
    if previous[0].isupper() and _plain_sentence_opener(doc, lexicon, before.start(1), previous):
        previous = previous.lower()  # "Curiously le lifts": a capital only for the sentence
    if word in _CONJUNCTIONS:
        # Between English words, or a name and an English word ("Barcelona aber it"), or two
        # countries ("Russia y Ukraine"); not between two other names ("Ortega y Gasset").
        names = [w for w in (previous, following) if w[0].isupper()]
        english = [w for w in (previous, following) if not w[0].isupper() and _english(lexicon, w)]
        other = [
            w
            for w in (previous, following)
            if not w[0].isupper() and w not in english and not _foreign(lexicon, w, language)
        ]
        if len(english) == 2 or (len(english) == 1 and len(names) + len(other) == 1):
            return start, end, language
        if len(names) == 2 and all(lexicon.proper_form(name) for name in names):
            return start, end, language
        return None
    # An article or preposition: English words on both sides, the one before in lowercase
    # (a capital before it is a name: "Oscar de la Hoya").
    if previous[0].isupper() or following[0].isupper():
        return None
    if _english(lexicon, previous) and _english(lexicon, following):
        return start, end, language
    return None


def _plain_sentence_opener(doc: Document, lexicon: Lexicon, start: int, word: str) -> bool:
    """A common English word capitalised only because it opens the sentence."""
    opens = doc.opens_sentence(start) or doc.text[max(0, start - 3) : start].rstrip(" ").endswith(
        ('"', "“", ":")
    )
    return opens and lexicon.proper_form(word) is None and lexicon.zipf(word) >= _COMMON_ZIPF


def _mostly_english(text: str, foreign: int) -> bool:
    """Whether the text reads as English: its commonest English function words clearly
    outnumber the source-language function words found."""
    if foreign < _FOREIGN_DOCUMENT_MIN:
        return True
    english = sum(text.count(word) for word in (" the ", " and ", " of ", " to ", " is "))
    return english >= 4 * foreign


def _in_quotation(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _foreign(lexicon: Lexicon, word: str, language: str) -> bool:
    if word.lower() in _FUNCTION_WORDS and _FUNCTION_WORDS[word.lower()][0] == language:
        return True
    source = lexicon.zipf_in(word, language)
    return source >= _FOREIGN_MIN and source - lexicon.zipf(word) >= _FOREIGN_MARGIN


def _english(lexicon: Lexicon, word: str) -> bool:
    """A lowercase English word (the first part of a compound: `newly-crowned`), and not one
    of the function words looked for."""
    word = word.split("-", 1)[0]
    if not word or word.lower() in _FUNCTION_WORDS:
        return False
    return lexicon.zipf(word) >= _ENGLISH_MIN
