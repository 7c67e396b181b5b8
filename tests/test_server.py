"""`lintnews server` driven over stdio by a real LSP client (pytest-lsp), as an editor drives it.

One server runs for the module (start-up and the first lint's word lists cost about a second);
each test works in its own folder of the workspace, so configurations do not meet.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from lintnews.config import Config
from lintnews.engine import Linter
from lintnews.reporters import severity

# The async tests share the module's server, and so its event loop.
on_server = pytest.mark.asyncio(loop_scope="module")

ROOT = Path(__file__).resolve().parent.parent
SERVER = [sys.executable, "-m", "lintnews", "server"]
TIMEOUT = 20.0  # the first lint loads the word lists; a shared 2-core machine is slow

MT_TEXT = "The army pulled back. fomin said the talks in Belarusao failed.\n"
MERGED_TEXT = (
    "Guarantees for Ukraine matter: security guarantees to Ukrainethey are becoming practical.\n"
)


class RecordingClient(LanguageClient):
    """pytest-lsp's client, keeping every publish (not only the last) and registration."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []


def _record_publish(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def _record_registration(client: RecordingClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def converter() -> Any:
    """pygls's converter, reading a code action that carries a command as a code action: the
    converter takes any object with a "command" key for a bare Command (a CodeAction's command
    is an object, a Command's a string, which is how VS Code and Neovim tell them apart)."""
    structure = default_converter()

    def command_or_action(value: Any, _: Any) -> types.Command | types.CodeAction:
        if isinstance(value.get("command"), str):
            return structure.structure(value, types.Command)
        return structure.structure(value, types.CodeAction)

    structure.register_structure_hook(types.Command | types.CodeAction, command_or_action)
    return structure


def make_client() -> RecordingClient:
    client = RecordingClient(converter_factory=converter)
    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record_publish,
        types.CLIENT_REGISTER_CAPABILITY: _record_registration,
    }
    register_lsp_features(client, features)
    return client


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("workspace")
    (root / "main").mkdir()
    (root / "fresh").mkdir()
    return root


@pytest_lsp.fixture(
    scope="module", config=ClientServerConfig(server_command=SERVER, client_factory=make_client)
)
async def client(lsp_client: RecordingClient, workspace: Path) -> Any:
    folders = [
        types.WorkspaceFolder(uri=from_fs_path(str(workspace / name)) or "", name=name)
        for name in ("main", "fresh")
    ]
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=folders[0].uri,
            workspace_folders=folders,
        )
    )
    yield
    await lsp_client.shutdown_session()


# Helpers ---------------------------------------------------------------------------------------


def uri_of(path: Path) -> str:
    uri = from_fs_path(str(path))
    assert uri is not None
    return uri


def folder(workspace: Path, name: str) -> Path:
    path = workspace / "main" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


async def next_publish(
    client: RecordingClient, uri: str, after: int, version: int | None = None
) -> types.PublishDiagnosticsParams:
    """The first publish for ``uri`` after the ``after``-th one (of any version, or this one)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return params
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics published for {uri} (version {version})")


async def open_document(
    client: RecordingClient, path: Path, text: str, language: str = "plaintext"
) -> types.PublishDiagnosticsParams:
    path.write_text(text, encoding="utf-8", newline="")
    mark = len(client.published)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri_of(path), language_id=language, version=1, text=text
            )
        )
    )
    return await next_publish(client, uri_of(path), mark, version=1)


def change(client: RecordingClient, path: Path, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri_of(path), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def close(client: RecordingClient, path: Path) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri_of(path)))
    )


def utf16_offset(text: str, position: types.Position) -> int:
    """A code-point offset from an LSP position, counting UTF-16 units by encoding each
    character (independently of the server's arithmetic)."""
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    offset, units = starts[position.line], 0
    while units < position.character:
        units += len(text[offset].encode("utf-16-le")) // 2
        offset += 1
    assert units == position.character, "position inside a surrogate pair"
    return offset


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    spans = [
        (utf16_offset(text, e.range.start), utf16_offset(text, e.range.end), e.new_text)
        for e in edits
    ]
    for start, end, content in sorted(spans, reverse=True):
        text = text[:start] + content + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None, action.title
    if action.edit.document_changes:
        (change,) = action.edit.document_changes
        assert isinstance(change, types.TextDocumentEdit)
        assert change.text_document.uri == uri
        return [e for e in change.edits if isinstance(e, types.TextEdit)]
    assert action.edit.changes is not None
    return list(action.edit.changes[uri])


async def actions_at(
    client: RecordingClient,
    path: Path,
    diagnostic: types.Diagnostic,
    only: list[str] | None = None,
) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri_of(path)),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def by_code(params: types.PublishDiagnosticsParams, code: str) -> types.Diagnostic:
    (found,) = [d for d in params.diagnostics if d.code == code]
    return found


def expected(text: str, config: Config | None = None) -> list[tuple[str, str, int, int]]:
    """(code, message, start, end) of what the library reports, offsets in code points."""
    return [(d.code, d.message, d.start, d.end) for d in Linter(config).lint_text(text)]


def published(text: str, params: types.PublishDiagnosticsParams) -> list[tuple[str, str, int, int]]:
    return [
        (
            str(d.code),
            d.message,
            utf16_offset(text, d.range.start),
            utf16_offset(text, d.range.end),
        )
        for d in params.diagnostics
    ]


# Diagnostics -----------------------------------------------------------------------------------


@on_server
async def test_diagnostics_on_open_are_the_library_findings(
    client: RecordingClient, workspace: Path
) -> None:
    # Neither plain text nor Markdown: not linted. Opened first, it is done with before the
    # article's diagnostics arrive (the server lints in order).
    other = folder(workspace, "open") / "notes.py"
    other.write_text("x = 1  # fomin said\n", encoding="utf-8")
    mark = len(client.published)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri_of(other), language_id="python", version=1, text=other.read_text()
            )
        )
    )
    path = folder(workspace, "open") / "article.txt"
    params = await open_document(client, path, MT_TEXT)
    assert published(MT_TEXT, params) == expected(MT_TEXT)
    assert {d.code for d in params.diagnostics} == {"C001", "M002"}
    for diagnostic in params.diagnostics:
        assert diagnostic.source == "lintnews"
        assert severity(str(diagnostic.code)) == "warning"
        assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert all(p.uri != uri_of(other) for p in client.published[mark:])
    close(client, path)
    close(client, other)


@on_server
async def test_severity_by_family(client: RecordingClient, workspace: Path) -> None:
    text = "Ukraine&#39;s army said so , and left.\n"  # E002 (error) and P002 (note)
    path = folder(workspace, "severity") / "a.txt"
    params = await open_document(client, path, text)
    assert by_code(params, "E002").severity == types.DiagnosticSeverity.Error
    assert by_code(params, "P002").severity == types.DiagnosticSeverity.Information
    close(client, path)


@on_server
async def test_a_burst_of_changes_is_linted_once_after_the_last(
    client: RecordingClient, workspace: Path
) -> None:
    path = folder(workspace, "burst") / "a.txt"
    await open_document(client, path, "Nothing to report here.\n")
    mark = len(client.published)
    texts = [MT_TEXT[:n] for n in range(30, len(MT_TEXT), 6)] + [MT_TEXT]
    for version, text in enumerate(texts, start=2):
        change(client, path, text, version)
    final = await next_publish(client, uri_of(path), mark)
    await asyncio.sleep(0.4)  # more than the debounce: nothing else may follow
    publishes = [p for p in client.published[mark:] if p.uri == uri_of(path)]
    assert publishes == [final]
    assert final.version == len(texts) + 1
    assert published(MT_TEXT, final) == expected(MT_TEXT)
    close(client, path)


@on_server
async def test_save_lints_again(client: RecordingClient, workspace: Path) -> None:
    path = folder(workspace, "save") / "a.txt"
    await open_document(client, path, MT_TEXT)
    mark = len(client.published)
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri_of(path)))
    )
    params = await next_publish(client, uri_of(path), mark)
    assert published(MT_TEXT, params) == expected(MT_TEXT)
    close(client, path)


@on_server
async def test_positions_count_utf16_units_and_crlf_lines(
    client: RecordingClient, workspace: Path
) -> None:
    text = (
        "Crowds cheered \U0001f389 in Kyiv.\r\nThe army pulled \U0001f680 back. fomin said so.\r\n"
    )
    path = folder(workspace, "utf16") / "a.txt"
    params = await open_document(client, path, text)
    c001 = by_code(params, "C001")
    line = text.split("\r\n")[1]
    assert c001.range.start == types.Position(line=1, character=line.index("fomin") + 1)
    assert c001.range.end.character == c001.range.start.character + len("fomin")
    (fix,) = [a for a in await actions_at(client, path, c001) if a.title.startswith("Fix C001")]
    fixed = apply_edits(text, edits_of(fix, uri_of(path)))
    assert fixed == text.replace("fomin", "Fomin")
    close(client, path)


@on_server
async def test_utf32_is_negotiated_when_offered(workspace: Path) -> None:
    capabilities = client_capabilities("visual-studio-code")
    capabilities.general = types.GeneralClientCapabilities(
        position_encodings=[
            types.PositionEncodingKind.Utf8,
            types.PositionEncodingKind.Utf32,
            types.PositionEncodingKind.Utf16,
        ]
    )
    client = make_client()
    await client.start_io(*SERVER)
    try:
        result = await client.initialize_session(types.InitializeParams(capabilities=capabilities))
        assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf32
        text = "Crowds cheered \U0001f389\U0001f389 in Kyiv. fomin said so.\n"
        path = folder(workspace, "utf32") / "a.txt"
        path.write_text(text, encoding="utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri_of(path), language_id="plaintext", version=1, text=text
                )
            )
        )
        params = await next_publish(client, uri_of(path), 0)
        assert by_code(params, "C001").range.start.character == text.index("fomin")
        await client.shutdown_session()
    finally:
        await client.stop()


# Hover -----------------------------------------------------------------------------------------


@on_server
async def test_hover_explains_the_rule(client: RecordingClient, workspace: Path) -> None:
    from lintnews.registry import rule_by_code

    path = folder(workspace, "hover") / "a.txt"
    params = await open_document(client, path, MERGED_TEXT)
    m001 = by_code(params, "M001")
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri_of(path)),
            position=types.Position(line=0, character=m001.range.start.character + 3),
        )
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.range == m001.range
    rule = rule_by_code("M001")
    assert rule is not None
    assert "**M001 merged-words (warning)**" in hover.contents.value
    assert rule.doc() in hover.contents.value
    assert "Fix (safe): Insert a space" in hover.contents.value
    assert "http" not in hover.contents.value
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri_of(path)),
            position=types.Position(line=0, character=2),
        )
    )
    assert nothing is None
    close(client, path)


# Code actions ----------------------------------------------------------------------------------


@on_server
async def test_quick_fixes_say_safe_or_unsafe(client: RecordingClient, workspace: Path) -> None:
    text = "When russian troops they bogged down, the talks resumed.\n"
    path = folder(workspace, "quickfix") / "a.txt"
    params = await open_document(client, path, text)
    t001 = by_code(params, "T001")
    (fix,) = [a for a in await actions_at(client, path, t001) if a.title.startswith("Fix T001")]
    assert fix.title == "Fix T001 (unsafe): " + fix.title.split(": ", 1)[1]
    assert fix.kind == types.CodeActionKind.QuickFix and not fix.is_preferred
    assert apply_edits(text, edits_of(fix, uri_of(path))) == text.replace(" they", "")
    close(client, path)

    path = folder(workspace, "quickfix") / "b.txt"
    params = await open_document(client, path, MERGED_TEXT)
    m001 = by_code(params, "M001")
    (fix,) = [a for a in await actions_at(client, path, m001) if a.title.startswith("Fix M001")]
    assert fix.title.startswith("Fix M001 (safe): ") and fix.is_preferred
    assert apply_edits(MERGED_TEXT, edits_of(fix, uri_of(path))) == MERGED_TEXT.replace(
        "Ukrainethey", "Ukraine they"
    )
    close(client, path)


@on_server
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
async def test_fix_all_writes_what_check_fix_writes(
    client: RecordingClient, workspace: Path, newline: str
) -> None:
    text = (ROOT / "fixtures" / "seeds" / "mt_article.txt").read_text(encoding="utf-8")
    text = text.replace("\n", newline)
    path = folder(workspace, "fixall") / f"article{len(newline)}.txt"
    params = await open_document(client, path, text)
    (action,) = await actions_at(
        client, path, params.diagnostics[0], only=[types.CodeActionKind.SourceFixAll]
    )
    assert action.kind == "source.fixAll.lintnews"
    assert action.edit is None  # VS Code resolves it when chosen
    resolved = await client.code_action_resolve_async(action)
    fixed = apply_edits(text, edits_of(resolved, uri_of(path)))
    assert fixed == Linter(Config()).fix_text(text, str(path))
    assert fixed != text
    close(client, path)


@on_server
async def test_ignore_on_this_line_writes_a_marker_the_engine_honours(
    client: RecordingClient, workspace: Path
) -> None:
    hard_break = MT_TEXT.replace("\n", "  \n")
    marked = MT_TEXT.replace(".\n", ". <!-- lintnews: ignore[M002] -->\n")
    marked_above = "lintnews: ignore-next-line[R001]\n" + MT_TEXT
    cases = [
        ("a.txt", "plaintext", MT_TEXT, "M002", "lintnews: ignore[M002]"),
        ("b.md", "markdown", hard_break, "M002", "<!-- lintnews: ignore[M002] -->"),
        # A marker on the line gets the code added, and so does the one above it for this line.
        ("c.md", "markdown", marked, "C001", "<!-- lintnews: ignore[M002, C001] -->"),
        ("d.txt", "plaintext", marked_above, "M002", "lintnews: ignore-next-line[R001, M002]"),
    ]
    for name, language, text, code, marker in cases:
        path = folder(workspace, "ignore") / name
        params = await open_document(client, path, text, language)
        (action,) = [
            a
            for a in await actions_at(client, path, by_code(params, code))
            if a.title == f"Ignore {code} on this line"
        ]
        silenced = apply_edits(text, edits_of(action, uri_of(path)))
        assert marker in silenced
        # One marker a line: an existing one is extended, not joined by a second.
        assert silenced.count("lintnews:") == max(1, text.count("lintnews:"))
        if text.endswith("  \n"):  # a Markdown hard break stays at the end of the line
            assert silenced.endswith(f"{marker}  \n")
        remaining = [d[:2] for d in expected(text) if d[0] != code]
        assert [d[:2] for d in expected(silenced)] == remaining
        close(client, path)


@on_server
async def test_add_word_to_the_configured_known_words(
    client: RecordingClient, workspace: Path
) -> None:
    base = folder(workspace, "words")
    cases = {
        "pyproject": ("pyproject.toml", '[tool.lintnews]\nignore = ["R003"]  # kept\n'),
        "words-file": ("lintnews.toml", 'known-words-file = "names.txt"\n'),
    }
    (base / "words-file" / "names.txt").parent.mkdir()
    (base / "words-file" / "names.txt").write_text("# names\nKyiv", encoding="utf-8")
    for name, (config_name, config_text) in cases.items():
        (base / name).mkdir(exist_ok=True)
        (base / name / config_name).write_text(config_text, encoding="utf-8")
        path = base / name / "a.txt"
        params = await open_document(client, path, MT_TEXT)
        actions = await actions_at(client, path, by_code(params, "M002"))
        (add,) = [a for a in actions if a.title == "Add 'Belarusao' to known words"]
        # Adding 'fomin' would not silence C001 (a sentence still opens in lowercase).
        assert not [
            a for a in await actions_at(client, path, by_code(params, "C001")) if "known" in a.title
        ]
        assert add.command is not None
        mark = len(client.published)
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
        )
        params = await next_publish(client, uri_of(path), mark)
        assert {d.code for d in params.diagnostics} == {"C001"}
        close(client, path)
    assert (base / "pyproject" / "pyproject.toml").read_text() == (
        '[tool.lintnews]\nignore = ["R003"]  # kept\nknown-words = ["Belarusao"]\n'
    )
    assert (base / "words-file" / "names.txt").read_text() == "# names\nKyiv\nBelarusao\n"
    assert "added 'Belarusao'" in client.messages[-1].message


@on_server
async def test_add_word_without_configuration_creates_one(
    client: RecordingClient, workspace: Path
) -> None:
    path = workspace / "fresh" / "a.txt"
    params = await open_document(client, path, MERGED_TEXT)
    actions = await actions_at(client, path, by_code(params, "M001"))
    (add,) = [a for a in actions if a.title == "Add 'Ukrainethey' to known words"]
    assert add.command is not None
    mark = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
    )
    params = await next_publish(client, uri_of(path), mark)
    assert list(params.diagnostics) == []
    assert (workspace / "fresh" / "lintnews.toml").read_text() == 'known-words = ["Ukrainethey"]\n'
    close(client, path)


# Configuration ---------------------------------------------------------------------------------


@on_server
async def test_a_changed_configuration_is_picked_up(
    client: RecordingClient, workspace: Path
) -> None:
    watched = [
        watcher["globPattern"]
        for r in client.registrations
        if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        for watcher in r.register_options["watchers"]
    ]
    assert "**/lintnews.toml" in watched and "**/pyproject.toml" in watched
    base = folder(workspace, "config")
    config = base / "lintnews.toml"
    config.write_text('ignore = ["M002"]\n', encoding="utf-8")
    path = base / "sub" / "a.txt"
    path.parent.mkdir()
    params = await open_document(client, path, MT_TEXT)
    assert {d.code for d in params.diagnostics} == {"C001"}

    async def codes_after(content: str, tell: Callable[[], None]) -> set[str]:
        config.write_text(content, encoding="utf-8")
        mark = len(client.published)
        tell()
        params = await next_publish(client, uri_of(path), mark)
        return {str(d.code) for d in params.diagnostics}

    def file_watcher() -> None:
        change = types.FileEvent(uri=uri_of(config), type=types.FileChangeType.Changed)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams([change]))

    def saved_in_the_editor() -> None:
        saved = types.TextDocumentIdentifier(uri_of(config))
        client.text_document_did_save(types.DidSaveTextDocumentParams(saved))

    assert await codes_after('ignore = ["C001"]\n', file_watcher) == {"M002"}
    assert await codes_after("ignore = []\n", saved_in_the_editor) == {"C001", "M002"}
    # Broken: said once, and no stale diagnostics stay.
    assert await codes_after("ignore = [\n", file_watcher) == set()
    assert "invalid TOML" in client.messages[-1].message
    assert client.messages[-1].type == types.MessageType.Error
    config.unlink()
    close(client, path)


# The command line ------------------------------------------------------------------------------


def test_server_without_its_extra_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from lintnews.cli import main

    for name in [name for name in sys.modules if name.startswith("pygls")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.delitem(sys.modules, "lintnews.server.app", raising=False)
    with pytest.raises(SystemExit) as done:
        main(["server"])
    assert done.value.code == 2
    assert capsys.readouterr().err == (
        "lintnews: error: the language server needs the server extra: "
        "pip install 'lintnews[server]'\n"
    )


def test_check_does_not_import_the_server(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nothing to report here.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lintnews", "check", str(article)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "lintnews.cli" in imported
    assert not {
        name for name in imported if name.startswith(("pygls", "lsprotocol", "lintnews.server"))
    }


# The pieces without the protocol -----------------------------------------------------------------

PYPROJECT = ("tool", "lintnews")


@pytest.mark.parametrize(
    ("before", "table", "after"),
    [
        ("[tool.lintnews]\n", PYPROJECT, '[tool.lintnews]\nknown-words = ["Kyiv"]\n'),
        (
            '[tool.lintnews]\nselect = ["M"]\n\n[tool.other]\nx = 1\n',
            PYPROJECT,
            '[tool.lintnews]\nselect = ["M"]\nknown-words = ["Kyiv"]\n\n[tool.other]\nx = 1\n',
        ),
        ("known-words = []\n", (), 'known-words = ["Kyiv"]\n'),
        ('known-words = ["Lviv"] # names\n', (), 'known-words = ["Lviv", "Kyiv"] # names\n'),
        ('known-words = "Lviv"\n', (), 'known-words = ["Lviv", "Kyiv"]\n'),
        (
            'known-words = [\n  "Lviv",  # a city\n  "Odesa"\n]\n',
            (),
            'known-words = [\n  "Lviv",  # a city\n  "Odesa",\n  "Kyiv"\n]\n',
        ),
        (
            'known-words = [\r\n    "Lviv",\r\n]\r\n[per-file-ignores]\r\n',
            (),
            'known-words = [\r\n    "Lviv",\r\n    "Kyiv",\r\n]\r\n[per-file-ignores]\r\n',
        ),
        (
            '# lintnews\nselect = ["M"]\n\n[per-file-ignores]\n"a/*" = ["E"]\n',
            (),
            '# lintnews\nselect = ["M"]\nknown-words = ["Kyiv"]\n\n[per-file-ignores]\n"a/*" = ["E"]\n',
        ),
        ("known-words = ['a]b', \"c#d\"]\n", (), 'known-words = [\'a]b\', "c#d", "Kyiv"]\n'),
    ],
)
def test_a_known_word_is_added_to_the_toml_in_place(
    before: str, table: tuple[str, ...], after: str
) -> None:
    from lintnews.server.known_words import add_to_toml

    assert add_to_toml(before, "Kyiv", table) == after


@pytest.mark.parametrize(
    "before",
    [
        '[tool]\nlintnews = { select = ["M"] }\n',  # an inline table: left to the user
        "[tool.lintnews]\nknown-words = [\n",  # not TOML
    ],
)
def test_a_known_word_is_never_written_into_toml_it_cannot_edit(before: str) -> None:
    from lintnews.server.known_words import KnownWordsError, add_to_toml

    with pytest.raises(KnownWordsError, match=r"by hand|invalid TOML"):
        add_to_toml(before, "Kyiv", PYPROJECT)


def test_positions_break_lines_as_the_protocol_does() -> None:
    from lintnews.server.positions import UTF8, UTF16, UTF32, PositionMap

    text = "a\rb\u2028c\r\nd\U0001f389e"  # a lone CR breaks a line, U+2028 does not
    assert PositionMap(text).position(text.index("b")) == (1, 0)
    assert PositionMap(text).position(text.index("c")) == (1, 2)
    assert PositionMap(text).position(text.index("e")) == (2, 3)
    assert PositionMap(text, UTF32).position(text.index("e")) == (2, 2)
    assert PositionMap(text, UTF8).position(text.index("e")) == (2, 5)
    assert PositionMap(text, UTF16).position(text.index("c")) == (1, 2)


def test_the_fix_all_edit_never_splits_a_crlf_pair() -> None:
    from lintnews.server.edits import replacement

    old, new = "one\r\ntwo\r\n", "one\r\n\r\ntwo\r\n"
    start, end, content = replacement(old, new)
    assert old[:start] + content + old[end:] == new
    assert not (old[start - 1 : start + 1] == "\r\n" or old[end - 1 : end + 1] == "\r\n")
