"""Build benchmarks/data/translation.jsonl: machine-translation defects planted into clean text.

    python benchmarks/build_translation_set.py

Carriers are short passages (two consecutive body paragraphs) of bbc-news articles drawn at
random with a fixed seed; a passage on which a measured rule already fires is not used, so every
report on a record is either a planted defect or a false alarm. Each record gets one defect of one
kind, planted at a position drawn at random among the positions where that kind can occur:

- C001 lowercase-sentence-start: the first word of a sentence lowercased.
- C002 lowercase-name: a country, nationality, day or month from lintnews's name list, or a
  person's surname the passage writes after a title (`Mr Blair`), lowercased inside a sentence.
  Surnames that are common lowercase words (Zipf >= 4.3: Brown, Smith) are not planted.
- T001 duplicated-subject: `he`, `she`, `they` or `it` inserted between a clause-opening subject
  (a name, `the minister`, `officials`, `the government`) and its verb.
- T002 doubled-word: a word, or a phrase of two or three words, written twice (`had`, `that` and
  `is`, which double grammatically, are not planted).
- T003 missing-word: the noun between an article and a preposition, auxiliary or determiner
  deleted (`the capital of` -> `the of`).
- T004 untranslated-fragment: an English function word between two English words replaced by
  its Spanish, French or German counterpart (`and` -> `y`/`et`/`und`, `of the` -> `de la`).
- T005 article-before-acronym: `the` put before a name English writes bare where it stands as
  a noun (`joining Nato,` -> `joining the Nato,`); few passages have one, so this kind comes
  last and takes what the remaining carriers offer.
- T006 postposed-adjective: `a brutal and oppressive war` -> `a war brutal and oppressive`
  where the phrase ends after the noun (few passages have one).

The real machine-translated seed (fixtures/seeds/mt_article.txt) is added with its defects of
these codes labelled by hand, and the clean seed with none.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, ROOT, linter_for
from benchmarks.labelled import DATA
from lintnews.document import Document
from lintnews.lexicon import get_lexicon

OUT = DATA / "translation.jsonl"
CODES = ("C001", "C002", "T001", "T002", "T003", "T004", "T005", "T006")
SEED = 20261123
PER_KIND = 45

Planted = tuple[str, int, int]  # new text, defect start, defect end
Planter = Callable[[str, random.Random], Planted | None]

_LEXICON = get_lexicon()
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_BARE_NOUN_RE = re.compile(
    r"(?<![\w-])(?<!the )(?<!The )(?P<name>Nato|NATO|Nasa|NASA|Opec|OPEC|Unesco|Unicef|Fifa|FIFA"
    r"|Uefa|UEFA|Interpol|Europol|Ofcom|Ofsted|Ofgem|Ofwat|Gazprom|Hamas|Hezbollah)"
    r"(?=[,.;:]| (?:and|or|but|of|to|in|on|at|for|with|from|by|is|are|was|were|has|have|had"
    r"|will|would|can|could|should|said|says|which|that|who)\b)"
)


_ADJECTIVE = r"[a-z]+(?:ive|al|ous|ic|ful|less|able|ible|ent|ant|ary|ile|ish)"
_ADJECTIVE_PAIR_RE = re.compile(
    rf"\b(?P<article>a|an|the) (?P<pair>{_ADJECTIVE} (?:and|or) {_ADJECTIVE}) (?P<noun>[a-z]+)"
    r"(?=[,.;:!?)]| (?:that|which|who|in|on|at|for|with|to|of|and|but|as|is|was|has|had|said)"
    r"\b)"
)
_NOT_NOUNS = frozenset(["most", "more", "least", "less", "much", "many", "time", "same"])
_SPARSE = {"T005": _BARE_NOUN_RE, "T006": _ADJECTIVE_PAIR_RE}


def _carriers(rng: random.Random) -> tuple[list[str], dict[str, list[str]]]:
    """Passages of two consecutive body paragraphs (40 to 220 words), in random order: one per
    article; and apart from them, for the kinds few articles offer a site for (T005, T006), one
    passage per article that has such a site, around a paragraph that does."""
    paths = sorted(BBC.rglob("*.txt"))
    rng.shuffle(paths)
    passages: list[str] = []
    sparse: dict[str, list[str]] = {code: [] for code in _SPARSE}
    for path in paths:
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")][1:]
        paragraphs = [p for p in paragraphs if p and "\n" not in p]
        if len(paragraphs) < 2:
            continue
        for code, pattern in _SPARSE.items():
            with_site = [i for i, p in enumerate(paragraphs) if pattern.search(p)]
            if with_site:
                first = min(rng.choice(with_site), len(paragraphs) - 2)
                sparse[code].append(paragraphs[first] + "\n\n" + paragraphs[first + 1])
                break
        else:
            first = rng.randrange(len(paragraphs) - 1)
            passage = paragraphs[first] + "\n\n" + paragraphs[first + 1]
            if 40 <= len(passage.split()) <= 220:
                passages.append(passage)
    return passages, sparse


# Planters ------------------------------------------------------------------------------------


def plant_lowercase_start(text: str, rng: random.Random) -> Planted | None:
    doc = Document.from_text(text)
    sites = []
    for sentence in doc.sentences:
        match = _WORD_RE.match(text, sentence.start)
        if match is None:
            continue
        word = match.group()
        if not (word[0].isupper() and word[1:].islower()) or word == "I" or len(word) < 2:
            continue
        if _LEXICON.proper_form(word) or _LEXICON.zipf(word) < 4.0:
            continue  # a name stays capitalised
        if re.search(rf"(?<![.!?]\s)(?<!^)\b{re.escape(word)}\b", text[match.end() :]):
            continue  # capitalised inside a sentence elsewhere: a name
        sites.append(match)
    if not sites:
        return None
    match = rng.choice(sites)
    new = text[: match.start()] + match.group()[0].lower() + text[match.start() + 1 :]
    return new, match.start(), match.end()


def plant_lowercase_name(text: str, rng: random.Random) -> Planted | None:
    doc = Document.from_text(text)
    sites = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if not word[0].isupper() or doc.is_sentence_start(match.start()):
            continue
        if _LEXICON.proper_form(word) == word:
            sites.append(match)
            continue
        # A surname the passage writes after a title, lowercased at another occurrence.
        if word[1:].islower() and _LEXICON.zipf(word) < 4.3 and len(word) > 3:
            titled = re.search(rf"\b(?:Mr|Mrs|Ms|Dr|President|Minister) {word}\b", text)
            if titled is not None and titled.start() + text[titled.start() :].find(word) != (
                match.start()
            ):
                sites.append(match)
    if not sites:
        return None
    match = rng.choice(sites)
    new = text[: match.start()] + match.group()[0].lower() + text[match.start() + 1 :]
    return new, match.start(), match.end()


_SUBJECT_VERB_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=, )|(?<=\bbut )|(?<=\bwhen )|(?<=\bwhile ))"
    r"(?P<subject>(?:Mr|Mrs|Ms|Dr|President|Prime Minister|Minister|Chancellor|Sir) [A-Z][a-z]+"
    r"|[A-Z][a-z]+ [A-Z][a-z]+"
    r"|[Tt]he (?:minister|president|chairman|spokesman|spokeswoman|chief executive|judge|coach"
    r"|manager|government|ministry|company|army|council|commission|bank)"
    r"|(?:[A-Z][a-z]+ )?(?:officials|analysts|experts|police|ministers|troops|workers"
    r"|investors|fans|players|critics|doctors))"
    r" (?P<verb>said|says|told|added|warned|argued|insisted|claimed|stressed|believes|believed"
    r"|expects|expected|wants|wanted|has|had|will|would|could|is|was|are|were)\b",
    re.MULTILINE,
)


def plant_duplicated_subject(text: str, rng: random.Random) -> Planted | None:
    """A person (a title and a name, a first and last name the passage uses alone too), a
    person described by a role (`the minister`) or a group (`officials`) as the subject."""
    sites = []
    for match in _SUBJECT_VERB_RE.finditer(text):
        subject = match.group("subject")
        words = subject.split()
        if any(word.lower() in _NOT_NAME_WORDS for word in words):
            continue
        # "Tony Blair": a person only if the passage names him by the surname elsewhere.
        if (
            len(words) == 2
            and words[0][0].isupper()
            and words[0] not in _TITLES
            and (
                _LEXICON.proper_form(words[1])
                or not re.search(rf"\b(?:Mr|Mrs|Ms|Dr) {words[1]}\b", text)
            )
        ):
            continue
        sites.append(match)
    if not sites:
        return None
    match = rng.choice(sites)
    subject = match.group("subject")
    head = subject.split()[-1]
    if head in ("government", "ministry", "company", "army", "council", "commission", "bank"):
        pronoun = "it"
    elif head.endswith("s") and head[0].islower():
        pronoun = "they"
    elif subject.startswith(("Mrs", "Ms")):
        pronoun = "she"
    else:
        pronoun = "he"
    at = match.end("subject")
    new = text[:at] + " " + pronoun + text[at:]
    return new, at + 1, at + 1 + len(pronoun)


_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Chancellor", "Sir"]
)
_NOT_NAME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "however",
        "meanwhile",
        "last",
        "next",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "most",
        "both",
        "all",
        "each",
        "every",
        "earlier",
        "later",
    ]
)
_NOT_DOUBLED = frozenset(["had", "that", "is"])


def plant_doubled(text: str, rng: random.Random) -> Planted | None:
    """A random run of one to three consecutive words, separated by single spaces only."""
    tokens = list(_TOKEN_RE.finditer(text))
    if not tokens:
        return None
    size = rng.choice((1, 1, 1, 2, 2, 3))
    for _ in range(100):
        index = rng.randrange(len(tokens))
        span = tokens[index : index + size]
        if len(span) < size:
            continue
        if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(span)):
            continue  # punctuation or a line break inside the phrase
        if size == 1 and span[0].group().lower() in _NOT_DOUBLED:
            continue
        start, end = span[0].start(), span[-1].end()
        phrase = text[start:end]
        new = text[:end] + " " + phrase + text[end:]
        return new, end + 1, end + 1 + len(phrase)
    return None


# Whole words only: not the "m" of "£415m" nor the "s" of "Ukraine's".
_TOKEN_RE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w'’-])")


_ARTICLE_NOUN_RE = re.compile(
    r"\b(?:the|a|an) (?P<noun>[a-z]+) (?:of|to|at|for|with|from|by|into|is|are|was|were|has"
    r"|have|had|would|could|should|and|or|but)\b"
)


def plant_missing(text: str, rng: random.Random) -> Planted | None:
    sites = []
    for match in _ARTICLE_NOUN_RE.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()].split()
        if before and before[-1].lower() == match.group().split()[-1]:
            continue  # "of the state of": deleting would double "of the"
        sites.append(match)
    if not sites:
        return None
    match = rng.choice(sites)
    new = text[: match.start("noun")] + text[match.end("noun") + 1 :]
    return new, match.start(), match.start("noun") + len(match.group().split()[-1])


_REPLACEMENTS = {
    "and": ("y", "et", "und"),
    "or": ("o", "oder"),
    "of the": ("de la", "del", "du", "des"),
    "with": ("mit", "avec"),
    "the": ("la", "el", "der", "le"),
    "but": ("pero", "mais", "aber"),
}
_ENGLISH_RE = re.compile(r"(?<=[a-z] )(?P<word>and|or|of the|with|the|but)(?= [a-z])")


def plant_untranslated(text: str, rng: random.Random) -> Planted | None:
    sites = list(_ENGLISH_RE.finditer(text))
    if not sites:
        return None
    match = rng.choice(sites)
    foreign = rng.choice(_REPLACEMENTS[match.group("word")])
    new = text[: match.start()] + foreign + text[match.end() :]
    return new, match.start(), match.start() + len(foreign)


def plant_article_before_acronym(text: str, rng: random.Random) -> Planted | None:
    """`the` put before a name English writes bare, where the name stands as a noun."""
    sites = [
        m
        for m in _BARE_NOUN_RE.finditer(text)
        if m.start() > 0 and not Document.from_text(text).is_sentence_start(m.start())
    ]
    if not sites:
        return None
    match = rng.choice(sites)
    at = match.start()
    new = text[:at] + "the " + text[at:]
    return new, at, at + 4 + len(match.group("name"))


def plant_postposed_adjective(text: str, rng: random.Random) -> Planted | None:
    """`a brutal and oppressive war.` -> `a war brutal and oppressive.`: the pair of adjectives
    moved after the noun, as Romance languages order them (the article follows the noun's
    first sound)."""
    sites = [
        m
        for m in _ADJECTIVE_PAIR_RE.finditer(text)
        if m.group("noun") not in _NOT_NOUNS and not m.group("noun").endswith(("ly", "ed", "ing"))
    ]
    if not sites:
        return None
    match = rng.choice(sites)
    noun, pair = match.group("noun"), match.group("pair")
    article = match.group("article")
    if article in ("a", "an"):
        article = "an" if noun[0] in "aeiou" else "a"
    replacement = f"{article} {noun} {pair}"
    new = text[: match.start()] + replacement + text[match.end() :]
    start = match.start() + len(article) + 1
    return new, start, match.start() + len(replacement)


PLANTERS: dict[str, Planter] = {
    "C001": plant_lowercase_start,
    "C002": plant_lowercase_name,
    "T001": plant_duplicated_subject,
    "T002": plant_doubled,
    "T003": plant_missing,
    "T004": plant_untranslated,
    "T005": plant_article_before_acronym,
    "T006": plant_postposed_adjective,
}

# Real cases --------------------------------------------------------------------------------


def _seed_records() -> list[dict[str, object]]:
    seeds = ROOT / "fixtures" / "seeds"
    mt = (seeds / "mt_article.txt").read_text(encoding="utf-8")
    wanted = [
        ("C001", "fomin said", 0, 5),
        ("C002", "when russian troops", 5, 12),
        ("T001", "troops they bogged", 7, 11),
        ("T001", "Zelensky he said", 9, 11),
        ("T001", "Zelensky he also", 9, 11),
        ("T001", "by video, they made", 10, 14),
        ("T003", "to the of the", 3, 9),
        ("T006", "a war brutal and oppressive", 2, 27),
    ]
    defects = []
    for code, context, start, end in wanted:
        at = mt.index(context)
        defects.append({"code": code, "start": at + start, "end": at + end})
    clean = (seeds / "clean_article.txt").read_text(encoding="utf-8")
    return [
        {"id": "seed-mt", "origin": "real", "text": mt, "defects": defects},
        {"id": "seed-clean", "origin": "real", "text": clean, "defects": []},
    ]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    linter = linter_for(CODES)
    passages, sparse = _carriers(rng)
    general = iter(passages)
    records = _seed_records()
    for code, planter in PLANTERS.items():
        made = 0
        carriers = iter(sparse[code]) if code in sparse else general
        while made < PER_KIND:
            carrier = next(carriers, None)
            if carrier is None:
                break  # the corpus has no more sites for this kind
            if linter.lint_text(carrier):
                continue  # a measured rule already fires here: not a clean carrier
            planted = planter(carrier, rng)
            if planted is None:
                continue
            text, start, end = planted
            made += 1
            records.append(
                {
                    "id": f"{code}-{made:03d}",
                    "origin": "planted",
                    "text": text,
                    "defects": [{"code": code, "start": start, "end": end}],
                }
            )
    return records


def main() -> None:
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
