"""E004 invisible-character: zero-width spaces and joiners, soft hyphens, stray BOMs, bidi marks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

_NAMES = {
    "\u00ad": "soft hyphen",
    "\u034f": "combining grapheme joiner",
    "\u061c": "Arabic letter mark",
    "\u180e": "Mongolian vowel separator",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2060": "word joiner",
    "\u2061": "invisible function application",
    "\u2062": "invisible times",
    "\u2063": "invisible separator",
    "\u2064": "invisible plus",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
    "\u2069": "pop directional isolate",
    "\ufeff": "zero-width no-break space (byte order mark)",
}
_INVISIBLE_RE = re.compile("[" + "".join(_NAMES) + "]+")
# Scripts in which joiners and directional marks are part of correct spelling.
_JOINING_SCRIPTS = (
    "ARABIC",
    "PERSIAN",
    "DEVANAGARI",
    "BENGALI",
    "GURMUKHI",
    "GUJARATI",
    "ORIYA",
    "TAMIL",
    "TELUGU",
    "KANNADA",
    "MALAYALAM",
    "SINHALA",
    "SYRIAC",
    "HEBREW",
    "KHMER",
    "MYANMAR",
    "THAI",
    "LAO",
    "TIBETAN",
)


def _joins_script(char: str) -> bool:
    if not char or char.isascii():
        return False
    if unicodedata.category(char) in ("So", "Sk", "Mn"):  # emoji sequences, combining marks
        return True
    name = unicodedata.name(char, "")
    return name.startswith(_JOINING_SCRIPTS) or "EMOJI" in name


class InvisibleCharacter(Rule):
    """Invisible character in the text: zero-width space or joiner, soft hyphen, stray BOM.

    ## What it does
    Finds format characters that print as nothing: zero-width spaces, joiners and
    non-joiners, word joiners, soft hyphens, byte order marks inside the text, and
    directional marks and overrides. Joiners and marks next to Arabic, Hebrew, Indic or
    emoji characters, where they belong to the spelling, are left alone.

    ## Why is this bad?
    An invisible character splits a word for search and tokenisers (`Uk\u200braine` is not
    `Ukraine`) while the text looks right to the eye, so the damage is hard to find.

    ## Example
    ```
    The Uk\u200braine talks ended.
    ```

    ## Use instead
    ```
    The Ukraine talks ended.
    ```
    The fix deletes the character and is safe: it has no visible form. A soft hyphen is only
    a hint where a word may break; deleting it leaves the word whole.
    """

    code = "E004"
    name = "invisible-character"
    examples = [
        bad("The Uk\u200braine talks ended.", fixed="The Ukraine talks ended."),
        bad("The govern\u00adment fell.", fixed="The government fell."),
        bad("Talks\ufeff ended.", fixed="Talks ended."),
        good("The Ukraine talks ended."),
        good("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 in Persian."),
        good("A family: \U0001f468\u200d\U0001f469\u200d\U0001f467."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        # Most texts have none of these characters: a substring test for each is a fast search in
        # C (and immediate when the text has no character that high), where the pattern's
        # character class costs several times more per character.
        if text.isascii() or not any(char in text for char in _NAMES):
            return
        for match in _INVISIBLE_RE.finditer(text):
            start, end = match.start(), match.end()
            run = match.group()
            if set(run) <= set("\u200c\u200d\u200e\u200f\u061c\u034f"):
                before = text[start - 1] if start else ""
                after = text[end] if end < len(text) else ""
                if _joins_script(before) or _joins_script(after):
                    continue
            names = sorted({_NAMES[char] for char in run})
            what = " and ".join(names)
            codes = ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(run))
            yield self.report(
                start,
                end,
                f"Invisible character: {what} ({codes})",
                Fix.delete(start, end, f"Delete the {what}"),
            )
