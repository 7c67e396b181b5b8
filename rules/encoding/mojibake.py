"""E001 mojibake: UTF-8 text decoded with the wrong encoding (`Ukraineâ€™s`), repaired by ftfy."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

# The signature of UTF-8 read as Latin-1 or Windows-1252: a lead byte (Â..ô) followed by a
# continuation byte as one of those encodings shows it. Only text with this pair wakes ftfy.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_SUSPECT_RE = re.compile(
    f"[\u00c2-\u00f4][{_CONTINUATION}]"
    # Windows-1252 text read as Latin-1: C1 controls where quotes and dashes belong.
    "|[\u0080-\u009f]"
    # UTF-8 read as Windows-1251 ("вЂ™", "Р В°") or Mac Roman ("√©", "‚Ä¶").
    "|\u0432\u0402|[\u0420\u0421\u0413][\u0080-\u00bf\u0402-\u040f\u0452-\u045f\u2018-\u2122]"
    "|\u221a[\u00a0-\u00ff\u2020-\u2264\u0152\u0153\u0192\u02c6-\u02dd\u03a9\u03c0]|\u201a\u00c4"
)
# The characters a match of _SUSPECT_RE can start with. The engine searches for a single
# character class at C speed, but tries every alternative of _SUSPECT_RE at every position (about
# eight times slower on text with a pound sign or a curly quote), so the search looks for these
# first and tries the whole pattern only where one stands.
_LEAD_RE = re.compile("[\u0080-\u009f\u00c2-\u00f4\u0432\u0420\u0421\u0413\u221a\u201a]")
# "â€" that lost its last byte: 0x9D is undefined in Windows-1252, so a page decoded that way
# drops it, and the right double quotation mark (E2 80 9D) is left as "â€". Restoring the byte
# is a guess (E2 80 81/8D/8F/90 lose a byte too), so a repair that needs it is unsafe.
_LOST_9D_RE = re.compile(f"\u00e2\u20ac(?![{_CONTINUATION}])")
_ENCODINGS = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "utf-8": "UTF-8",
    "latin-1": "Latin-1",
    "iso-8859-2": "Latin-2",
    "sloppy-windows-1250": "Windows-1250",
    "sloppy-windows-1251": "Windows-1251",
    "macroman": "Mac Roman",
    "cp437": "code page 437",
}
_CONFIG: Any = None


def _config() -> Any:
    global _CONFIG
    if _CONFIG is None:
        from ftfy import TextFixerConfig

        _CONFIG = TextFixerConfig(
            unescape_html=False,  # E002 reports entities
            remove_terminal_escapes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            remove_control_chars=False,  # E006 reports control characters
            normalization=None,
            explain=True,
        )
    return _CONFIG


def explain(steps: list[tuple[str, str]] | None) -> str:
    """ftfy's repair plan in words: 'UTF-8 decoded as Windows-1252'."""
    steps = steps or []
    layers = []
    encoded = None
    for action, name in steps:
        if action == "encode":
            encoded = name
        elif action == "decode" and encoded is not None:
            right = "UTF-8" if name == "utf-8" else _ENCODINGS.get(name, name)
            layers.append(f"{right} decoded as {_ENCODINGS.get(encoded, encoded)}")
            encoded = None
    if layers:
        # ftfy undoes the outer layer first.
        return "; under it, ".join(layers)
    if any(name == "decode_inconsistent_utf8" for _, name in steps):
        return "UTF-8 decoded as Windows-1252 in part of the text"
    return "wrong encoding"


def _suspects(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_SUSPECT_RE.finditer(text)``, found by trying the pattern only where a
    character of ``_LEAD_RE`` stands."""
    position = 0
    while (lead := _LEAD_RE.search(text, position)) is not None:
        match = _SUSPECT_RE.match(text, lead.start())
        if match is None:
            position = lead.start() + 1
        else:
            yield match
            position = match.end()


class Mojibake(Rule):
    """Mojibake: UTF-8 text decoded with the wrong encoding (`Ukraineâ€™s`, `â€œnoâ€`).

    ## What it does
    Finds character sequences that are UTF-8 bytes shown as Windows-1252, Latin-1, Windows-1251
    or Mac Roman, and Windows-1252 punctuation shown as Latin-1 control characters (`\x93`), and
    repairs them with ftfy, saying which mistake ftfy undid (`UTF-8 decoded as Windows-1252`).
    ftfy is only loaded when the text contains the tell-tale character pairs.

    ## Why is this bad?
    A page served or saved with the wrong encoding turns every apostrophe, quotation mark,
    accent and currency sign into two or three characters of garbage.

    ## Example
    ```
    Ukraineâ€™s army said it had noted â€œwithdrawalsâ€.
    ```

    ## Use instead
    ```
    Ukraine’s army said it had noted “withdrawals”.
    ```
    The fix is ftfy's repair and is safe, except where a quotation mark had lost its last
    byte (`â€` before a space or punctuation): restoring it as `”` is a likely guess, so that
    fix is unsafe.
    """

    code = "E001"
    name = "mojibake"
    examples = [
        bad("Ukraineâ€™s army withdrew.", fixed="Ukraine’s army withdrew."),
        bad("The CafÃ© opened.", fixed="The Café opened."),
        bad("They said â€œnoâ€ to the plan.", fixed="They said “no” to the plan."),
        bad("It cost Â£5m.", fixed="It cost £5m."),
        bad("Blog Tip 2 вЂ“ Broadcast", fixed="Blog Tip 2 – Broadcast"),
        good("SÃO PAULO is Brazil's largest city."),
        good("Ukraine’s army said “no” in Zürich and São Paulo."),
        good("Café Müller, naïve, Ångström."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if text.isascii():
            return
        done_until = -1
        for match in _suspects(text):
            if match.start() < done_until:
                continue
            import ftfy  # loaded only for text with a suspect pair

            config = _config()
            line = doc.line_span(match.start())
            done_until = line.end
            yield from self._repair_line(line.start, line.text, ftfy, config)

    def _repair_line(self, offset: int, line: str, ftfy: Any, config: Any) -> Iterator[Diagnostic]:
        restored = _LOST_9D_RE.sub("\u00e2\u20ac\u009d", line)
        guessed = [m.start() for m in _LOST_9D_RE.finditer(line)]
        result = ftfy.fix_and_explain(restored, config)
        fixed = result.text
        if fixed == restored:
            return
        how = explain(result.explanation)
        # Map the repair back onto the original line: the restored bytes were insertions.
        matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            old, new = line[i1:i2], fixed[j1:j2]
            if not old.strip() and not new.strip():
                continue
            guess = any(i1 <= position + 2 <= i2 for position in guessed)
            message = f"Mojibake '{old}' should be '{new}' ({how})"
            if guess:
                message += "; a lost byte was restored as '”'"
            yield self.report(
                offset + i1,
                offset + i2,
                message,
                Fix.replace(offset + i1, offset + i2, new, f"Replace with '{new}'", safe=not guess),
            )
