"""Grammar backends: LanguageTool against a loopback server answering in LanguageTool's documented
shape (responses in fixtures/languagetool/), and Harper run for real on fixture text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from lintnews import backends
from lintnews.backends import backend_diagnostics, close_backends, document_words
from lintnews.config import Config, ConfigError, check_settings, parse_config
from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
LT_FIXTURES = ROOT / "fixtures" / "languagetool"
ARTICLE = (LT_FIXTURES / "article.txt").read_text(encoding="utf-8")
SEED = (ROOT / "fixtures" / "seeds" / "mt_article.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _fresh_backends() -> Iterator[None]:
    close_backends()
    yield
    close_backends()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# A LanguageTool stand-in on the loopback interface --------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    form: dict[str, str]


@dataclass
class FakeLanguageTool:
    """Answers /v2/languages and /v2/check from the recorded responses. A check of a slice of the
    recorded article gets the recorded matches inside that slice, offsets moved to the slice, as
    a real server would answer; ``fail`` picks check requests (by number) that get an error."""

    url: str = ""
    requests: list[Request] = field(default_factory=list)
    delay: float = 0.0
    fail: set[int] = field(default_factory=set)
    fail_status: int = 500
    fail_body: str = (LT_FIXTURES / "error_500.txt").read_text(encoding="utf-8")
    release: threading.Event = field(default_factory=threading.Event)

    @property
    def checks(self) -> list[Request]:
        return [r for r in self.requests if r.path.endswith("/check")]

    def answer(self, request: Request) -> tuple[int, str, str]:
        if request.path == "/v2/languages":
            return 200, "application/json", (LT_FIXTURES / "languages.json").read_text("utf-8")
        if request.path != "/v2/check":
            return 404, "text/plain", "Error: unknown path"
        number = len(self.checks) - 1
        if number in self.fail:
            return self.fail_status, "text/plain", self.fail_body
        text = request.form.get("text", "")
        at = ARTICLE.find(text)
        if not text or at == -1:
            return 400, "text/plain", "Error: text is not part of the recorded article"
        recorded = json.loads((LT_FIXTURES / "check_article.json").read_text("utf-8"))
        low, high = _utf16(ARTICLE[:at]), _utf16(ARTICLE[: at + len(text)])
        matches = []
        for match in recorded["matches"]:
            if low <= match["offset"] and match["offset"] + match["length"] <= high:
                matches.append({**match, "offset": match["offset"] - low})
        recorded["matches"] = matches
        recorded["sentenceRanges"] = [
            [a - low, b - low] for a, b in recorded["sentenceRanges"] if low <= a and b <= high
        ]
        return 200, "application/json", json.dumps(recorded, ensure_ascii=False)


def _handler(fake: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self, method: str) -> None:
            parsed = urllib.parse.urlsplit(self.path)
            body = ""
            if method == "POST":
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode("utf-8")
            else:
                body = parsed.query
            form = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
            request = Request(method, parsed.path, form)
            fake.requests.append(request)
            if fake.delay and parsed.path.endswith("/check"):
                fake.release.wait(fake.delay)
            status, kind, text = fake.answer(request)
            data = text.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up waiting

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def lt_server() -> Iterator[FakeLanguageTool]:
    fake = FakeLanguageTool()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    server.block_on_close = False
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = int(server.server_address[1])
    server.server_close()
    return port


def _run(config: Config, text: str = ARTICLE) -> tuple[Document, list[Diagnostic], list[str]]:
    doc = Document.from_text(text, config, "article.txt")
    warnings: list[str] = []
    found = backend_diagnostics(doc, config, warnings.append)
    return doc, found, warnings


def _shown(doc: Document, found: list[Diagnostic]) -> list[tuple[str, str, str | None]]:
    return [
        (d.code, doc.text[d.start : d.end], d.fix.edits[0].content if d.fix else None)
        for d in sorted(found, key=lambda d: d.sort_key)
    ]


# Without backends ------------------------------------------------------------------------------


def test_no_backend_configured_returns_nothing_and_imports_nothing() -> None:
    script = """
import sys
from lintnews.backends import backend_diagnostics
from lintnews.config import Config
from lintnews.document import Document
import lintnews.cli, lintnews.runner
doc = Document.from_text("the talks failed.", Config())
assert backend_diagnostics(doc, Config(), print) == []
heavy = [m for m in ("language_tool_python", "harper", "lintnews.backends.languagetool",
                     "lintnews.backends.harper") if m in sys.modules]
assert not heavy, heavy
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def _backend_modules_after(args: list[str], cwd: Path) -> list[str]:
    """The ``lintnews.backends`` modules imported by one ``lintnews`` command (its CLI entry run
    in a fresh interpreter), and then by ``lint_texts`` under the same configuration."""
    script = (
        "import sys\n"
        "from lintnews.cli import main\n"
        f"sys.argv = ['lintnews', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "from lintnews.config import discover_config\n"
        "from lintnews.corpus import lint_texts\n"
        "from pathlib import Path\n"
        "lint_texts(['the talks failed.'], discover_config(Path('a.txt')))\n"
        "import json\n"
        "print(json.dumps(sorted(m for m in sys.modules if 'backends' in m)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    found: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_check_without_a_backend_imports_no_backend_module(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("the talks failed. fomin said so.\n", encoding="utf-8")
    assert _backend_modules_after(["check", "a.txt"], tmp_path) == []
    # With one configured, the same probe sees the package (and the backend it asked for).
    (tmp_path / "lintnews.toml").write_text('languagetool = "http://127.0.0.1:9"\n')
    found = _backend_modules_after(["check", "a.txt"], tmp_path)
    assert "lintnews.backends" in found and "lintnews.backends.harper" not in found


def _check_in_fresh_process(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``lintnews`` in a new interpreter, where no backend module is imported before the
    configuration is read: the backend settings are checked after reading it."""
    return subprocess.run(
        [sys.executable, "-m", "lintnews", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.mark.parametrize(
    ("file", "content", "args", "message"),
    [
        (
            "lintnews.toml",
            'languagetool = "localhost"\n',
            ["check", "a.txt"],
            "lintnews.toml: languagetool 'localhost' is neither a server URL (http://host:port) "
            "nor 'local'",
        ),
        (
            "pyproject.toml",
            '[tool.lintnews]\ngrammar = "harper:klingon"\n',
            ["check", "a.txt"],
            "pyproject.toml: unknown grammar backend 'harper:klingon' (known: harper, ",
        ),
        (
            "other.toml",
            'grammar = "nosuch"\n',
            ["check", "--config", "other.toml", "a.txt"],
            "lintnews: error: other.toml: unknown grammar backend 'nosuch' (known: harper, ",
        ),
        (
            "lintnews.toml",
            'grammar = "nosuch"\n',
            ["corpus", "in.jsonl", "-o", "out"],
            "lintnews.toml: unknown grammar backend 'nosuch' (known: harper, ",
        ),
    ],
)
def test_a_bad_backend_setting_in_a_file_is_a_configuration_error(
    tmp_path: Path, file: str, content: str, args: list[str], message: str
) -> None:
    (tmp_path / "a.txt").write_text("the talks failed.\n", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"text": "the talks failed."}\n', encoding="utf-8")
    (tmp_path / file).write_text(content, encoding="utf-8")
    result = _check_in_fresh_process(args, tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("lintnews: error: ") and message in line
    assert not (tmp_path / "out").exists()


def test_a_bad_backend_setting_stops_the_run_before_any_file_is_fixed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("the talks failed.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("the talks failed.\n", encoding="utf-8")
    (tmp_path / "sub" / "lintnews.toml").write_text('grammar = "nosuch"\n', encoding="utf-8")
    result = _check_in_fresh_process(["check", "--fix", "."], tmp_path)
    assert result.returncode == 2
    assert "sub/lintnews.toml: unknown grammar backend 'nosuch'" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "the talks failed.\n"


def test_parsing_checks_backend_settings_once_the_backends_are_imported() -> None:
    # This module imports lintnews.backends, which registers the checks: parsing applies them.
    with pytest.raises(ConfigError, match=r"^here: unknown grammar backend 'nosuch' \(known: "):
        parse_config({"grammar": "nosuch"}, "here", None)
    with pytest.raises(ConfigError, match=r"^here: languagetool 'localhost' is neither"):
        parse_config({"select": ["M"], "languagetool": "localhost"}, "here", None)
    assert parse_config({"grammar": "harper:british"}, "here", None).grammar == "harper:british"
    # A configuration built before they were imported is checked the same way afterwards.
    with pytest.raises(ConfigError, match=r"^there\.toml: unknown grammar backend 'x'"):
        check_settings(Config(grammar="x", source_file="there.toml"))
    check_settings(Config(languagetool="local", grammar="harper"))


# LanguageTool ----------------------------------------------------------------------------------

EXPECTED_LT = [
    ("LT:UPPERCASE_SENTENCE_START", "the", "The"),
    ("LT:ENGLISH_WORD_REPEAT_RULE", "the the", "the"),
    ("LT:ENGLISH_WORD_REPEAT_RULE", "and and", "and"),  # after an emoji: two UTF-16 units
    ("LT:MORFOLOGIK_RULE_EN_US", "statment", "statement"),
    ("LT:MORFOLOGIK_RULE_EN_US", "Zbarazhka", None),
    ("LT:EN_A_VS_AN", "a", "an"),
]


def test_languagetool_maps_matches_to_diagnostics(lt_server: FakeLanguageTool) -> None:
    doc, found, warnings = _run(Config(languagetool=lt_server.url))
    assert warnings == []
    # Dropped: 'Fomin' (a name the document uses, known to the lexicon) and 'statment' inside
    # the URL (not prose).
    assert _shown(doc, found) == EXPECTED_LT
    for diagnostic in found:
        assert diagnostic.native is False
        assert diagnostic.fix is None or not diagnostic.fix.is_safe
    repeat = next(d for d in found if doc.text[d.start : d.end] == "the the")
    assert repeat.message == "Possible typo: you repeated a word."
    assert repeat.name == "languagetool-misc"
    assert repeat.fix is not None and repeat.fix.message == "Replace with 'the'"
    spelling = next(d for d in found if doc.text[d.start : d.end] == "statment")
    assert spelling.name == "languagetool-typos"
    # One request for the languages, then the whole article in one batch, in English (US).
    assert [(r.method, r.path) for r in lt_server.requests] == [
        ("GET", "/v2/languages"),
        ("POST", "/v2/check"),
    ]
    assert lt_server.checks[0].form["language"] == "en-US"
    assert lt_server.checks[0].form["text"] == doc.text.strip()


def test_languagetool_respects_known_words(lt_server: FakeLanguageTool) -> None:
    doc, found, _ = _run(Config(languagetool=lt_server.url, known_words=("Zbarazhka",)))
    assert "Zbarazhka" not in [doc.text[d.start : d.end] for d in found]
    assert len(found) == len(EXPECTED_LT) - 1


def test_languagetool_gives_way_to_native_rules(lt_server: FakeLanguageTool) -> None:
    config = Config(languagetool=lt_server.url)
    doc, found, _ = _run(config)
    linter = Linter(config)
    native = linter.check(doc)
    lowercase_start = [d for d in native if (d.start, d.end) == (0, 3) or d.start <= 0 < d.end]
    assert lowercase_start, "precondition: a native rule reports the lowercase 'the'"
    final = linter.extend(doc, found)
    kept = [d for d in final if not d.native]
    assert "LT:UPPERCASE_SENTENCE_START" not in [d.code for d in kept]
    assert all(not k.overlaps(n) for k in kept for n in native)
    assert [d for d in final if d.native] == native
    # What no native rule reports stays, once.
    alone = [d for d in found if not any(d.overlaps(n) for n in native)]
    assert kept == sorted(alone, key=lambda d: d.sort_key)


def test_languagetool_reports_can_be_suppressed(lt_server: FakeLanguageTool) -> None:
    config = Config(languagetool=lt_server.url)
    _, found, _ = _run(config)
    assert "LT:EN_A_VS_AN" in [d.code for d in found]
    # The same text with a suppression comment after the last sentence (offsets unchanged).
    marked = ARTICLE.rstrip("\n") + " <!-- lintnews: ignore[LT:EN_A_VS_AN] -->\n"
    doc = Document.from_text(marked, config, "article.txt")
    final = Linter(config).extend(doc, found)
    assert "LT:EN_A_VS_AN" not in [d.code for d in final]
    assert "LT:MORFOLOGIK_RULE_EN_US" in [d.code for d in final]


def test_languagetool_selection(lt_server: FakeLanguageTool) -> None:
    doc, found, _ = _run(Config(languagetool=lt_server.url, ignore=("LT:MORFOLOGIK_RULE_EN_US",)))
    assert [c for c, _, _ in _shown(doc, found)] == [
        "LT:UPPERCASE_SENTENCE_START",
        "LT:ENGLISH_WORD_REPEAT_RULE",
        "LT:ENGLISH_WORD_REPEAT_RULE",
        "LT:EN_A_VS_AN",
    ]
    _, found, _ = _run(Config(languagetool=lt_server.url, select=("LT:EN_A_VS_AN",)))
    assert [d.code for d in found] == ["LT:EN_A_VS_AN"]
    _, found, _ = _run(Config(languagetool=lt_server.url, select=("M", "C")))
    assert found == []
    _, found, _ = _run(
        Config(languagetool=lt_server.url, select=("C",), extend_select=("LT:EN_A_VS_AN",))
    )
    assert [d.code for d in found] == ["LT:EN_A_VS_AN"]
    requests_before = len(lt_server.requests)
    close_backends()
    # All LanguageTool codes ignored: the server is not even asked.
    _, found, _ = _run(Config(languagetool=lt_server.url, ignore=("LT",)))
    assert found == [] and len(lt_server.requests) == requests_before


def test_languagetool_sends_paragraph_batches(lt_server: FakeLanguageTool) -> None:
    from lintnews.backends.languagetool import LanguageToolBackend

    config = Config(languagetool=lt_server.url)
    doc = Document.from_text(ARTICLE, config, "article.txt")
    words = document_words(doc, config)
    backend = LanguageToolBackend(lt_server.url, print, batch_chars=120)
    found = backend.check(doc, words)
    sent = [r.form["text"] for r in lt_server.checks]
    assert len(sent) == 4  # each paragraph of the article is 45 to 115 characters
    assert sent == [p.text for p in doc.paragraphs]
    assert _shown(doc, found) == EXPECTED_LT
    backend.close()

    lt_server.requests.clear()
    backend = LanguageToolBackend(lt_server.url, print, batch_chars=200)
    assert _shown(doc, backend.check(doc, words)) == EXPECTED_LT
    # Whole paragraphs, each batch the document's own slice (blank lines included).
    assert [r.form["text"] for r in lt_server.checks] == [
        doc.text[doc.paragraphs[0].start : doc.paragraphs[1].end],
        doc.text[doc.paragraphs[2].start : doc.paragraphs[3].end],
    ]


def test_languagetool_server_down(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    started = time.monotonic()
    doc, found, warnings = _run(Config(languagetool=url))
    assert found == []
    assert len(warnings) == 1
    line = warnings[0]
    assert "\n" not in line
    assert f"LanguageTool at {url} is not available (connection refused or lost)" in line
    assert "java -cp languagetool-server.jar org.languagetool.server.HTTPServer" in line
    assert "docker run" in line and "continuing with lintnews's own rules" in line
    # Native linting is untouched, and later documents neither wait nor warn again.
    assert Linter(Config(languagetool=url)).check(doc)
    _, found, warnings_again = _run(Config(languagetool=url), "Another text.")
    assert found == [] and warnings_again == []
    assert time.monotonic() - started < 5


def test_languagetool_http_500_on_one_batch(lt_server: FakeLanguageTool) -> None:
    from lintnews.backends.languagetool import LanguageToolBackend

    lt_server.fail = {1}
    config = Config(languagetool=lt_server.url)
    doc = Document.from_text(ARTICLE, config, "article.txt")
    warnings: list[str] = []
    backend = LanguageToolBackend(lt_server.url, warnings.append, batch_chars=1)
    found = backend.check(doc, document_words(doc, config))
    # The refused second paragraph is missing; the others are reported.
    assert len(lt_server.checks) == 4
    assert [t for _, t, _ in _shown(doc, found)] == ["the", "statment", "Zbarazhka", "a"]
    assert warnings == [
        f"LanguageTool at {lt_server.url} answered with an error (Error: Internal Error: "
        "java.lang.OutOfMemoryError: Java heap space); its findings for the text it refused "
        "are missing"
    ]


def test_languagetool_keeps_failing_then_stops_asking(lt_server: FakeLanguageTool) -> None:
    from lintnews.backends.languagetool import MAX_FAILED_BATCHES, LanguageToolBackend

    lt_server.fail = set(range(100))
    lt_server.fail_status = 503
    lt_server.fail_body = (LT_FIXTURES / "error_503.txt").read_text(encoding="utf-8")
    config = Config(languagetool=lt_server.url)
    doc = Document.from_text(ARTICLE, config, "article.txt")
    warnings: list[str] = []
    backend = LanguageToolBackend(lt_server.url, warnings.append, batch_chars=1)
    assert backend.check(doc, frozenset()) == []
    assert backend.check(doc, frozenset()) == []
    assert len(lt_server.checks) == MAX_FAILED_BATCHES
    assert len(warnings) == 1
    assert "Checking took longer than 20.0 seconds" in warnings[0]


def test_languagetool_slow_server_times_out(lt_server: FakeLanguageTool) -> None:
    from lintnews.backends.languagetool import LanguageToolBackend

    lt_server.delay = 5.0
    config = Config(languagetool=lt_server.url)
    doc = Document.from_text(ARTICLE, config, "article.txt")
    warnings: list[str] = []
    backend = LanguageToolBackend(lt_server.url, warnings.append, timeout=0.3, batch_chars=1)
    started = time.monotonic()
    assert backend.check(doc, frozenset()) == []
    assert backend.check(doc, frozenset()) == []
    elapsed = time.monotonic() - started
    # One try of one batch (language-tool-python would retry, with a 300 s timeout), then the
    # server is not asked again.
    assert elapsed < 2.0
    assert len(lt_server.checks) == 1
    assert warnings == [
        f"LanguageTool at {lt_server.url} stopped answering (no answer within 0.3 s); "
        "not asking it again in this run; continuing with lintnews's own rules"
    ]


def test_languagetool_bad_setting() -> None:
    _, found, warnings = _run(Config(languagetool="localhost:8081"))
    assert found == []
    assert len(warnings) == 1
    assert "languagetool 'localhost:8081' is neither a server URL" in warnings[0]


def test_languagetool_local_without_installation_never_downloads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from language_tool_python import download_lt

    def no_download(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("lintnews must never download LanguageTool")

    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    monkeypatch.setattr(download_lt.ReleaseLocalLanguageTool, "download", no_download)
    monkeypatch.setattr(download_lt.SnapshotLocalLanguageTool, "download", no_download)
    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", no_download)
    _, found, warnings = _run(Config(languagetool="local"))
    assert found == []
    assert len(warnings) == 1
    assert f"no LanguageTool installation in {tmp_path}" in warnings[0]
    assert "lintnews does not download it" in warnings[0]
    assert "org.languagetool.server.HTTPServer" in warnings[0]
    assert list(tmp_path.iterdir()) == []


FAKE_JAVA = """#!{python}
# A stand-in for `java`: answers `java -version` like OpenJDK 17, and for
# `java -cp languagetool-server.jar org.languagetool.server.HTTPServer -p PORT` serves
# LanguageTool's HTTP API on 127.0.0.1:PORT from the recorded responses.
import json, sys, urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

if sys.argv[1:] == ["-version"]:
    print('openjdk version "17.0.15" 2025-04-15', file=sys.stderr)
    sys.exit(0)
assert "org.languagetool.server.HTTPServer" in sys.argv, sys.argv
port = int(sys.argv[sys.argv.index("-p") + 1])
fixtures = {fixtures!r}
article = open(fixtures + "/article.txt", encoding="utf-8").read()


class Handler(BaseHTTPRequestHandler):
    def reply(self, body):
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self.reply(open(fixtures + "/languages.json", encoding="utf-8").read())
        else:
            self.reply("OK")

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        form = dict(urllib.parse.parse_qsl(body))
        answer = json.load(open(fixtures + "/check_article.json", encoding="utf-8"))
        if form.get("text") != article.strip():
            answer["matches"] = []
        self.reply(json.dumps(answer))

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", port), Handler).serve_forever()
"""


def test_languagetool_local_installation_is_started_and_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--languagetool local` with an unpacked LanguageTool under LTP_PATH: language-tool-python
    starts `java ... HTTPServer` (here a stand-in), lintnews checks through it, downloads
    nothing, and stops the server at the end of the run."""
    from language_tool_python import download_lt

    def no_download(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("lintnews must never download LanguageTool")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", no_download)
    installation = tmp_path / "lt" / "LanguageTool-6.8"
    installation.mkdir(parents=True)
    (installation / "languagetool-server.jar").write_bytes(b"")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(FAKE_JAVA.format(python=sys.executable, fixtures=str(LT_FIXTURES)))
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))

    doc, found, warnings = _run(Config(languagetool="local"))
    assert warnings == []
    assert _shown(doc, found) == EXPECTED_LT
    backend = backends._BACKENDS[("languagetool", "local")]
    server = backend.client._server  # type: ignore[union-attr]
    assert server is not None and server.poll() is None
    close_backends()
    assert server.wait(timeout=10) is not None


def test_languagetool_missing_client_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lintnews.backends.languagetool", None)
    _, found, warnings = _run(Config(languagetool="http://127.0.0.1:9"))
    assert found == []
    assert warnings == [
        "LanguageTool needs language-tool-python: pip install 'lintnews[languagetool]'; "
        "continuing with lintnews's own rules"
    ]


# Harper ----------------------------------------------------------------------------------------

try:
    import harper
except ImportError:  # pragma: no cover - the optional extra is not installed
    harper = None

needs_harper = pytest.mark.skipif(
    harper is None, reason="harper-py is not installed (pip install 'lintnews[harper]')"
)


@pytest.fixture(scope="module")
def harper_backend() -> Iterator[Any]:
    """One Harper linter for the module: building its dictionary takes about a second."""
    from lintnews.backends.harper import HarperBackend

    backend = HarperBackend()
    yield backend
    backend.close()


def _harper_run(
    backend: Any, monkeypatch: pytest.MonkeyPatch, config: Config, text: str = SEED
) -> tuple[Document, list[Diagnostic], list[str]]:
    monkeypatch.setitem(backends._BACKENDS, ("harper", "american", "1"), backend)
    doc = Document.from_text(text, config, "mt_article.txt")
    warnings: list[str] = []
    return doc, backend_diagnostics(doc, config, warnings.append), warnings


@needs_harper
def test_harper_raw_output_calls_names_misspelled() -> None:
    """The problem the name feeding solves, on Harper's own output."""
    assert harper is not None
    flagged = {lint.problem_text for lint in harper.Linter().lint(SEED, language="plaintext")}
    assert {"Fomin", "Chernihiv", "Belarusao", "Chernihivalthough"} <= flagged


@needs_harper
def test_harper_maps_lints_and_knows_the_documents_names(
    harper_backend: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, found, warnings = _harper_run(harper_backend, monkeypatch, Config(grammar="harper"))
    assert warnings == []
    texts = [doc.text[d.start : d.end] for d in found]
    assert "Fomin" not in texts and "Chernihiv" not in texts and "Zelensky" not in texts
    # A capitalised one-off the lexicon does not know is damage, not a name: still reported.
    belarusao = next(d for d in found if doc.text[d.start : d.end] == "Belarusao")
    assert belarusao.code == "HP:Spelling"
    assert belarusao.name == "harper-spell-check"
    assert belarusao.native is False
    assert belarusao.fix is not None and not belarusao.fix.is_safe
    assert belarusao.fix.edits[0].content == "Belarus's"  # Harper's first suggestion
    assert belarusao.message == "Did you mean to spell `Belarusao` this way?"
    # A merged word is not fed as a name either, so Harper still reports it.
    assert "Chernihivalthough" in texts

    # Every diagnostic is a lint Harper makes on that paragraph, at the same place.
    assert harper is not None
    linter = harper.Linter()
    linter.import_words(sorted(document_words(doc, doc.config)))
    expected = set()
    for paragraph in doc.paragraphs:
        for lint in linter.lint(paragraph.text, language="plaintext"):
            start = paragraph.start + lint.span.start
            expected.add((f"HP:{lint.lint_kind}", start, start + len(lint.problem_text)))
    assert {(d.code, d.start, d.end) for d in found} == expected
    assert {d.code for d in found} >= {"HP:Spelling", "HP:Capitalization", "HP:Readability"}


@needs_harper
def test_harper_uses_known_words(harper_backend: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Officials in Zbarazhka said the talks would resume on Monday.\n"
    doc, found, _ = _harper_run(harper_backend, monkeypatch, Config(grammar="harper"), text)
    assert [doc.text[d.start : d.end] for d in found] == ["Zbarazhka"]
    config = Config(grammar="harper", known_words=("Zbarazhka",))
    _, found, _ = _harper_run(harper_backend, monkeypatch, config, text)
    assert found == []
    # The linter forgets one document's words before the next.
    _, found, _ = _harper_run(harper_backend, monkeypatch, Config(grammar="harper"), text)
    assert len(found) == 1


@needs_harper
def test_harper_gives_way_to_native_rules(
    harper_backend: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config(grammar="harper")
    doc, found, _ = _harper_run(harper_backend, monkeypatch, config)
    linter = Linter(config)
    native = linter.check(doc)
    final = linter.extend(doc, found)
    kept = [d for d in final if not d.native]
    dropped = [d for d in found if d not in kept]
    assert [d for d in final if d.native] == native
    assert all(not k.overlaps(n) for k in kept for n in native)
    assert all(any(d.overlaps(n) for n in native) for d in dropped)
    dropped_texts = {doc.text[d.start : d.end] for d in dropped}
    # Harper's 'date'/'fomin' capitalisation and 'Chernihivalthough' spelling give way to the
    # native lowercase-sentence-start and merged-words reports.
    assert {"date", "fomin", "Chernihivalthough"} <= dropped_texts
    # Everything else Harper found stays (here at least a long sentence no native rule touches).
    alone = [d for d in found if not any(d.overlaps(n) for n in native)]
    assert kept == sorted(alone, key=lambda d: d.sort_key) and kept
    assert len({(d.start, d.end, d.code) for d in final}) == len(final)


@needs_harper
def test_harper_selection_and_jobs(harper_backend: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _, found, _ = _harper_run(
        harper_backend, monkeypatch, Config(grammar="harper", ignore=("HP:Readability",))
    )
    assert found and "HP:Readability" not in {d.code for d in found}
    _, found, _ = _harper_run(harper_backend, monkeypatch, Config(grammar="harper", ignore=("HP",)))
    assert found == []

    from lintnews.backends.harper import HarperBackend

    config = Config(grammar="harper")
    doc = Document.from_text(SEED, config, "mt_article.txt")
    words = document_words(doc, config)
    parallel = HarperBackend(jobs=2)
    try:
        assert parallel.check(doc, words) == harper_backend.check(doc, words)
    finally:
        parallel.close()


@needs_harper
def test_harper_dialect() -> None:
    text = "The programme of the labour organisation was cancelled in the centre of town.\n"
    found = {}
    for value in ("harper", "harper:british"):
        _, diagnostics, warnings = _run(Config(grammar=value), text)
        assert warnings == []
        found[value] = [d.code for d in diagnostics]
    assert found["harper"].count("HP:Spelling") >= 4
    assert found["harper:british"] == []


@needs_harper
def test_lint_source_with_backends_fixes_only_with_unsafe_fixes(
    harper_backend: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lintnews.backends import lint_source
    from lintnews.source import Source

    monkeypatch.setitem(backends._BACKENDS, ("harper", "american", "1"), harper_backend)
    config = Config(grammar="harper")
    linter = Linter(config)
    source = Source.from_text("This is an test of the new linter.\n", "a.txt")
    warnings: list[str] = []

    # Reporting: the backend's finding joins the native ones; its fix is unsafe.
    result = lint_source(linter, source, config, warnings.append)
    (found,) = [d for d in result.diagnostics if d.code.startswith("HP:")]
    assert result.doc.text[found.start : found.end] == "an"
    assert found.fix is not None and not found.fix.is_safe
    # --fix alone leaves it; --fix --unsafe-fixes applies it, and nothing is left to report.
    result = lint_source(linter, source, config, warnings.append, fix=True)
    assert not result.changed and [d.code for d in result.diagnostics] == [found.code]
    result = lint_source(linter, source, config, warnings.append, fix=True, unsafe=True)
    assert result.fixed == "This is a test of the new linter.\n"
    assert [d.code for d in result.applied] == [found.code]
    assert result.diagnostics == []
    assert warnings == []

    # Without backends it is the engine's own lint_source.
    plain = Config()
    assert lint_source(Linter(plain), source, plain, print).diagnostics == (
        Linter(plain).lint_source(source).diagnostics
    )


def test_unknown_grammar_backend() -> None:
    _, found, warnings = _run(Config(grammar="grammarly"))
    assert found == []
    assert len(warnings) == 1
    assert warnings[0].startswith("unknown grammar backend 'grammarly' (known: harper, ")
    assert "harper:british" in warnings[0]
    _, found, warnings = _run(Config(grammar="harper:klingon"))
    assert found == [] and len(warnings) == 1


def test_setting_error_for_the_command_line() -> None:
    from lintnews.backends import setting_error

    assert setting_error("languagetool", "http://localhost:8081") is None
    assert setting_error("languagetool", "local") is None
    assert setting_error("languagetool", "localhost:8081") == (
        "languagetool 'localhost:8081' is neither a server URL (http://host:port) nor 'local'"
    )
    assert setting_error("grammar", "harper") is None
    assert setting_error("grammar", "Harper:British") is None
    assert setting_error("grammar", "harper:klingon") is not None
    assert setting_error("grammar", "grammarly") is not None


def test_harper_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lintnews.backends.harper", None)
    _, found, warnings = _run(Config(grammar="harper"))
    _, found_again, warnings_again = _run(Config(grammar="harper"))
    assert found == found_again == []
    assert warnings == [
        "--grammar harper needs harper-py: pip install 'lintnews[harper]'; "
        "continuing with lintnews's own rules"
    ]
    assert warnings_again == []


def test_document_words_are_names_not_damage() -> None:
    config = Config(known_words=("Hostomel",))
    doc = Document.from_text(SEED, config, "mt_article.txt")
    words = document_words(doc, config)
    assert {"Fomin", "Chernihiv", "Kyiv", "Zelensky", "Guterres", "Hostomel"} <= words
    assert not {"Chernihivalthough", "Ukrainethey", "NATOa", "Belarusao"} & words
    assert "Putin’s" not in words and "Putin" in words
