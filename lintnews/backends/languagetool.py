"""LanguageTool through language-tool-python: a running server, or a local installation.

``setting`` is a server URL (``http://localhost:8081``), used through language-tool-python's
``remote_server``, or ``local``: a LanguageTool that language-tool-python finds already unpacked
in its download folder (``$LTP_PATH``, by default ``~/.cache/language_tool_python``), started as a
local server for the run. lintnews never lets language-tool-python download LanguageTool: when
there is none, one line says how to start a server and linting goes on without it.

Text goes to the server in batches of whole paragraphs (a slice of the document, so offsets map
back by adding the slice's start), each request with a timeout. A server that is down or too slow
is reported once and not asked again in this run; a server that answers a batch with an error is
reported once and the other batches still go.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import language_tool_python
import requests
from language_tool_python.exceptions import LanguageToolError, RateLimitError

from lintnews.backends.settings import LANGUAGETOOL_PREFIX, setting_error
from lintnews.backends.words import is_known
from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document, Span

LANGUAGE = "en-US"
# Seconds to wait for one answer. A self-hosted server checks a few thousand characters in well
# under a second once warm; its first request after start-up can take several.
DEFAULT_TIMEOUT = 20.0
# Characters per request. The public API refuses more than 20,000 (less without an account);
# a self-hosted server has no limit, but smaller requests fail alone and keep memory flat.
BATCH_CHARS = 10_000
# A server that fails this many batches in a row is not asked again in this run.
MAX_FAILED_BATCHES = 3

START_HINT = (
    "start a LanguageTool server with "
    "`java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081` "
    "(from the official LanguageTool zip) or `docker run --rm -p 8081:8010 erikvl87/languagetool`, "
    "then pass --languagetool http://localhost:8081"
)
CONTINUING = "continuing with lintnews's own rules"


class _Client(language_tool_python.LanguageTool):
    """language-tool-python's client with lintnews's timeout and a single try per request (its
    default is 300 s and two tries, so a slow server would stall a run for ten minutes), and a
    local server started on one port only (it tries every port from 8081 to 8999 when the server
    fails to start, which with a broken installation means hundreds of Java start-ups)."""

    def __init__(self, *args: Any, timeout: float, **kwargs: Any) -> None:
        # Read by LanguageTool._query_server for every request, including those __init__ makes.
        setattr(self, "_TIMEOUT", timeout)  # noqa: B010 - the class declares it as Literal[300]
        super().__init__(*args, **kwargs)

    def _query_server(
        self,
        url: str,
        params: dict[str, str] | None = None,
        num_tries: int = 2,
        method: Any = "get",
    ) -> Any:
        return super()._query_server(url, params, num_tries=1, method=method)

    def _start_server_on_free_port(self) -> None:
        self._start_local_server()


class LanguageToolBackend:
    """One LanguageTool for a run: connected on first use, kept until :meth:`close`."""

    def __init__(
        self,
        setting: str,
        warn: Callable[[str], None],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        batch_chars: int = BATCH_CHARS,
        language: str = LANGUAGE,
    ) -> None:
        self.setting = setting.strip()
        self.warn = warn
        self.timeout = timeout
        self.batch_chars = batch_chars
        self.language = language
        self.client: _Client | None = None
        self.available = True
        self._connected = False
        self._failed_in_a_row = 0
        self._reported_error = False

    @property
    def where(self) -> str:
        return (
            "local LanguageTool" if self.setting == "local" else f"LanguageTool at {self.setting}"
        )

    # Connecting ----------------------------------------------------------------------------------

    def connect(self) -> _Client | None:
        if self._connected:
            return self.client
        self._connected = True
        problem = setting_error("languagetool", self.setting)
        if problem is not None:
            self._give_up(problem)
            return None
        try:
            if self.setting == "local":
                self.client = self._start_local()
            else:
                self.client = _Client(
                    language=self.language, remote_server=self.setting, timeout=self.timeout
                )
        except _Unavailable as error:
            self._give_up(str(error))
        # A third-party client and a Java process: never crash a run. (language-tool-python
        # raises SystemExit when it cannot read `java -version`.)
        except (Exception, SystemExit) as error:
            self._give_up(f"{self.where} is not available ({_describe(error, self.timeout)})")
        return self.client

    def _start_local(self) -> _Client:
        from language_tool_python.download_lt import LocalLanguageTool

        folder = Path(
            os.environ.get("LTP_PATH", str(Path.home() / ".cache" / "language_tool_python"))
        )
        installed = []
        for path in sorted(folder.glob("LanguageTool-*")) if folder.is_dir() else []:
            jars = ("languagetool-server.jar", "languagetool.jar")
            if path.is_dir() and any((path / jar).is_file() for jar in jars):
                try:
                    installed.append(LocalLanguageTool.from_path(path))
                except ValueError:
                    continue
        if not installed:
            raise _Unavailable(
                f"no LanguageTool installation in {folder} (set LTP_PATH to the folder holding "
                "an unpacked LanguageTool-<version>; lintnews does not download it)"
            )
        if shutil.which("java") is None:
            raise _Unavailable("the local LanguageTool needs Java, and `java` is not on PATH")
        version = max(installed).version_name
        # The version is installed, so language-tool-python's download step finds it and
        # downloads nothing; it starts `java ... HTTPServer` on a free port.
        return _Client(
            language=self.language, language_tool_download_version=version, timeout=self.timeout
        )

    def _give_up(self, reason: str) -> None:
        self.available = False
        self.warn(f"{reason}; {START_HINT}; {CONTINUING}")

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(LanguageToolError, OSError):
                self.client.close()
            self.client = None

    # Checking ----------------------------------------------------------------------------------

    def check(self, doc: Document, words: frozenset[str]) -> list[Diagnostic]:
        if not self.available:
            return []
        client = self.connect()
        if client is None:
            return []
        known = frozenset(word.lower() for word in words)
        found: list[Diagnostic] = []
        for batch in batches(doc, self.batch_chars):
            if not self.available:
                break
            try:
                matches = client.check(batch.text)
            except (LanguageToolError, KeyError, TypeError, ValueError) as error:
                self._batch_failed(error)
                continue
            self._failed_in_a_row = 0
            for match in matches:
                diagnostic = to_diagnostic(doc, batch, match, known)
                if diagnostic is not None:
                    found.append(diagnostic)
        return found

    def _batch_failed(self, error: Exception) -> None:
        cause = error.__cause__
        if isinstance(cause, (requests.Timeout, requests.ConnectionError)):
            # Down or too slow: asking again would cost a timeout per batch. (A body that is not
            # JSON also arrives as a requests exception, but the server did answer.)
            self.available = False
            self.warn(
                f"{self.where} stopped answering ({_describe(error, self.timeout)}); "
                f"not asking it again in this run; {CONTINUING}"
            )
            return
        self._failed_in_a_row += 1
        if not self._reported_error:
            self._reported_error = True
            self.warn(
                f"{self.where} answered with an error ({_describe(error, self.timeout)}); "
                "its findings for the text it refused are missing"
            )
        if self._failed_in_a_row >= MAX_FAILED_BATCHES:
            self.available = False


class _Unavailable(Exception):
    """LanguageTool cannot be used; the message says why, in one line."""


def _describe(error: BaseException, timeout: float) -> str:
    cause = error.__cause__ or error
    if isinstance(cause, requests.Timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(cause, requests.ConnectionError):
        return "connection refused or lost"
    if isinstance(error, RateLimitError):
        return "rate limit exceeded"
    text = " ".join(str(error).split())
    if isinstance(error, KeyError):
        text = f"answer without {text}"
    return text[:200] or type(error).__name__


# Batches and mapping ---------------------------------------------------------------------------


def batches(doc: Document, limit: int) -> list[Span]:
    """Runs of whole paragraphs of at most ``limit`` characters (a longer paragraph goes alone),
    each the document's own slice from its first paragraph to its last."""
    result: list[Span] = []
    first: Span | None = None
    last: Span | None = None
    for paragraph in doc.paragraphs:
        if first is not None and last is not None and paragraph.end - first.start > limit:
            result.append(Span(first.start, last.end, doc.text[first.start : last.end]))
            first = None
        if first is None:
            first = paragraph
        last = paragraph
    if first is not None and last is not None:
        result.append(Span(first.start, last.end, doc.text[first.start : last.end]))
    return result


def _code_points(text: str, start: int, utf16_length: int) -> int:
    """How many code points of ``text`` from ``start`` make ``utf16_length`` UTF-16 units
    (LanguageTool counts in Java's UTF-16 units; an emoji is two)."""
    units = 0
    end = start
    while end < len(text) and units < utf16_length:
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end - start


def to_diagnostic(
    doc: Document, batch: Span, match: Any, known: frozenset[str]
) -> Diagnostic | None:
    """A LanguageTool match (language_tool_python.Match, offsets already in code points) as a
    lintnews diagnostic; None for matches lintnews does not report."""
    offset = int(match.offset)
    if not 0 <= offset <= len(batch.text):
        return None
    start = batch.start + offset
    end = start + _code_points(batch.text, offset, int(match.error_length))
    flagged = doc.text[start:end]
    if doc.in_non_prose(start, max(end, start + 1)):
        return None  # URLs, addresses, handles: not prose
    misspelling = match.rule_issue_type == "misspelling" or match.category == "TYPOS"
    if misspelling and flagged and is_known(flagged, known):
        return None
    fix = None
    replacements = [r for r in match.replacements if isinstance(r, str)]
    if replacements and replacements[0] != flagged:
        first = replacements[0]
        fix = Fix.replace(start, end, first, f"Replace with '{first}'", safe=False)
    category = str(match.category).lower().replace("_", "-")
    return Diagnostic(
        code=f"{LANGUAGETOOL_PREFIX}:{match.rule_id}",
        name=f"languagetool-{category}",
        message=str(match.message),
        start=start,
        end=end,
        fix=fix,
        native=False,
    )
