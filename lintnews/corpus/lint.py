"""The library function of corpus mode: lint many texts, get plain, picklable results.

``lint_texts(texts, config)`` is pure: the same texts and configuration give the same results in
any process, in any order, on any engine (multiprocessing, datatrove, Ray, Dask). The only state it
keeps is one lazily built :class:`~lintnews.engine.Linter` per process, which is read-only.

Offsets are character (code point) offsets into the text exactly as given: the engine reads a
CRLF line break as LF and ignores a leading BOM; offsets are mapped back to the given text here.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any

from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.document import MIN_DOCUMENTS_FOR_CONTEXT, LineCounter, RunContext, line_hashes
from lintnews.engine import Linter, LintResult
from lintnews.source import Source

# One Linter per process, built on first use and reused: building one loads the rules and the
# lexicon (about 0.1 s), linting one article takes about a millisecond per kB.
_cached: tuple[Config, Linter] | None = None


def get_linter(config: Config | None = None) -> Linter:
    """This process's Linter for ``config`` (built once, reused while the config is the same)."""
    global _cached
    config = config or Config()
    if _cached is None or _cached[0] != config:
        _cached = (config, Linter(config))
    return _cached[1]


def _warn(message: str) -> None:
    sys.stderr.write(f"lintnews: warning: {message}\n")


def close() -> None:
    """Stop what grammar backends started in this process (a local LanguageTool server)."""
    if _cached is not None and _cached[0].uses_backends:
        from lintnews.backends import close_backends

        close_backends()


def count_words(text: str) -> int:
    """Words for the per-1k-words rate: runs of non-space characters."""
    return len(text.split())


def per_1k(findings: int, words: int) -> float:
    """Findings per 1,000 words, rounded to 3 decimals (a text without words counts as one)."""
    return round(findings * 1000 / max(words, 1), 3)


def finding_to_json(source: Source, diagnostic: Diagnostic) -> dict[str, Any]:
    """One finding with offsets into ``source.raw`` (the text as given)."""
    fix: dict[str, Any] | None = None
    crlf = source.newline == "\r\n"
    if diagnostic.fix is not None:
        fix = {
            "applicability": diagnostic.fix.applicability.value,
            "message": diagnostic.fix.message,
            "edits": [
                {
                    "start": source.raw_offset(edit.start),
                    "end": source.raw_offset(edit.end),
                    "content": edit.content.replace("\n", "\r\n") if crlf else edit.content,
                }
                for edit in diagnostic.fix.edits
            ],
        }
    return {
        "code": diagnostic.code,
        "start": source.raw_offset(diagnostic.start),
        "end": source.raw_offset(diagnostic.end),
        "message": diagnostic.message,
        "fix": fix,
    }


def lint_one(
    linter: Linter, text: str, *, fix: bool = False, context: RunContext | None = None
) -> dict[str, Any]:
    """Lint one text. Without ``fix``: its findings. With ``fix``: the text with safe fixes
    applied (``fixed``), the fixes applied per code (``fixes``) and the findings that remain, with
    offsets into the fixed text. ``context``: what the other texts of the run (or of the text's
    source) share, as :func:`run_context` counts it."""
    source = Source.from_text(text, "<record>")
    result = _lint_source(linter, source, fix=fix, context=context)
    final = result.doc.source
    findings = [finding_to_json(final, d) for d in result.diagnostics]
    counts = Counter(d["code"] for d in findings)
    words = count_words(final.raw)
    out: dict[str, Any] = {
        "findings": findings,
        "counts": dict(sorted(counts.items())),
        "words": words,
        "per_1k": per_1k(len(findings), words),
    }
    if fix:
        out["fixed"] = final.raw
        out["fixes"] = dict(sorted(Counter(d.code for d in result.applied).items()))
    return out


def _lint_source(
    linter: Linter, source: Source, *, fix: bool, context: RunContext | None
) -> LintResult:
    """The engine's result; with grammar backends configured, their reports too, exactly as
    `lintnews check` gives them (the backends are imported only then)."""
    if not linter.config.uses_backends:
        return linter.lint_source(source, fix=fix, context=context)
    from lintnews.backends import lint_source

    return lint_source(linter, source, linter.config, _warn, fix=fix, context=context)


def text_line_hashes(text: str) -> set[int]:
    """The fingerprints of a text's short lines, read as the engine reads the text (CRLF as
    LF, no BOM), so that a record and a file with the same text count the same lines."""
    return line_hashes(Source.from_text(text, "<record>").text)


def run_context(texts: Iterable[str]) -> RunContext | None:
    """What ``texts`` share (short lines repeated across them), as ``lintnews check`` counts it
    across the files of a run; None for fewer texts than that needs."""
    counter = LineCounter()
    for text in texts:
        counter.add(text_line_hashes(text))
    return counter.context() if counter.documents >= MIN_DOCUMENTS_FOR_CONTEXT else None


def lint_texts(
    texts: Iterable[str],
    config: Config | None = None,
    *,
    fix: bool = False,
    context: RunContext | None = None,
) -> list[dict[str, Any]]:
    """Lint each text; one result per text, in order.

    Each result is a plain dict (JSON-, Arrow- and pickle-friendly)::

        {"findings": [{"code", "start", "end", "message", "fix"}, ...],
         "counts": {"M001": 2, ...}, "words": 412, "per_1k": 4.854}

    and with ``fix=True`` also ``"fixed"`` (the text with safe fixes applied) and ``"fixes"``
    (fixes applied per code); the findings are then those left in the fixed text. ``context``
    (from :func:`run_context`) gives the cross-document evidence of R012.
    """
    linter = get_linter(config)
    return [lint_one(linter, text, fix=fix, context=context) for text in texts]
