"""The protocol side of ``lintnews server``: pygls features, debouncing, publishing.

One asyncio loop talks to the client; every lintnews call runs on a single lint thread
(:class:`lintnews.server.session.Session`), in the order asked, so that the loop keeps reading
changes while a document is linted and a stale result is never published: a lint's diagnostics
are sent only when the document still has the version that was linted.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine, Generator, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from lintnews import __version__
from lintnews.diagnostics import Diagnostic, Edit
from lintnews.docs import explain_backend_code
from lintnews.registry import rule_by_code
from lintnews.reporters import severity
from lintnews.server.edits import replacement, suppression_edit
from lintnews.server.known_words import KnownWordsError
from lintnews.server.positions import UTF16, UTF32, PositionMap
from lintnews.server.session import DocumentInput, LintOutcome, Session, candidate_word

# Changes typed in a burst are linted once, this long after the last one.
DEBOUNCE_SECONDS = 0.3
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.lintnews"
ADD_WORD_COMMAND = "lintnews.addKnownWord"
CONFIG_GLOBS = ("**/lintnews.toml", "**/pyproject.toml")

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "note": types.DiagnosticSeverity.Information,
}
_T = TypeVar("_T")
logger = logging.getLogger(__name__)


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, choosing the position encoding: UTF-32 when the client offers it
    (lintnews counts code points, so nothing needs converting), else UTF-16, which every
    client must support. pygls alone would take the client's first choice, often UTF-8."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(
        self, params: types.InitializeParams
    ) -> Generator[Any, Any, types.InitializeResult]:
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            offered = {getattr(kind, "value", kind) for kind in general.position_encodings}
            chosen = UTF32 if UTF32 in offered else UTF16
            general.position_encodings = [types.PositionEncodingKind(chosen)]
        return (yield from super().lsp_initialize(params))


@dataclass
class _Open:
    """What the server keeps of one open document."""

    uri: str
    timer: asyncio.TimerHandle | None = None
    outcome: LintOutcome | None = None  # the last lint of any version
    positions: PositionMap | None = None  # of that lint's text

    def cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None


class LintnewsServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "lintnews",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Full,
            protocol_cls=_Protocol,
        )
        self.session = Session()
        self.debounce = DEBOUNCE_SECONDS
        self._lint_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lintnews")
        self._open: dict[str, _Open] = {}
        # Messages already shown: a broken configuration is said once, not at every keystroke.
        self._shown: set[str] = set()
        self._watched_names: set[str] = set()
        self._tasks: set[asyncio.Future[None]] = set()
        self._register()

    # Plumbing ----------------------------------------------------------------------------------

    def _register(self) -> None:
        code_actions = types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND],
            resolve_provider=True,
        )
        features: list[tuple[str, Any, Callable[..., Any]]] = [
            (types.INITIALIZED, None, self.initialized),
            (types.SHUTDOWN, None, self.shutting_down),
            (types.TEXT_DOCUMENT_DID_OPEN, None, self.did_open),
            (types.TEXT_DOCUMENT_DID_CHANGE, None, self.did_change),
            (types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False), self.did_save),
            (types.TEXT_DOCUMENT_DID_CLOSE, None, self.did_close),
            (types.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, self.did_change_watched_files),
            (types.TEXT_DOCUMENT_HOVER, None, self.hover),
            (types.TEXT_DOCUMENT_CODE_ACTION, code_actions, self.code_action),
            (types.CODE_ACTION_RESOLVE, None, self.resolve_code_action),
        ]
        for name, options, method in features:
            self.feature(name, options)(_plain(method))
        self.command(ADD_WORD_COMMAND)(_plain(self.add_known_word))

    async def _run(self, function: Callable[..., _T], *args: Any) -> _T:
        """Run a lintnews call on the lint thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._lint_thread, function, *args)

    @property
    def encoding(self) -> str:
        kind = self.workspace.position_encoding
        return str(getattr(kind, "value", kind) or UTF16)

    def _capability(self, *names: str) -> Any:
        """A client capability by attribute path, or None where the client did not say."""
        value: Any = self.client_capabilities
        for name in names:
            value = getattr(value, name, None)
            if value is None:
                return None
        return value

    def _show(self, message: str, kind: types.MessageType) -> None:
        if message in self._shown:
            return
        self._shown.add(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def _folder_for(self, path: Path | None) -> Path | None:
        """The workspace folder holding ``path`` (the innermost), or the root for a buffer."""
        folders = [to_fs_path(uri) for uri in self.workspace.folders]
        candidates = [Path(folder) for folder in folders if folder]
        if not candidates and self.workspace.root_path:
            candidates = [Path(self.workspace.root_path)]
        if path is None:
            return candidates[0] if candidates else None
        inside = [folder for folder in candidates if path.is_relative_to(folder)]
        return max(inside, key=lambda folder: len(folder.parts)) if inside else None

    def _snapshot(self, uri: str) -> DocumentInput:
        document = self.workspace.get_text_document(uri)
        fs_path = to_fs_path(uri) if uri.startswith("file:") else None
        path = Path(fs_path) if fs_path else None
        return DocumentInput(
            uri=uri,
            version=document.version,
            text=document.source,
            language_id=document.language_id,
            path=path,
            folder=self._folder_for(path),
        )

    async def _current(self, uri: str) -> tuple[LintOutcome, PositionMap] | None:
        """The lint of the document as it is now: the last one if it is still current, or a
        fresh one (the debounced publish will follow on its own)."""
        state = self._open.get(uri)
        if state is None:
            return None
        snapshot = self._snapshot(uri)
        outcome, positions = state.outcome, state.positions
        if outcome is None or positions is None or outcome.document != snapshot:
            outcome = await self._run(self.session.lint, snapshot)
            positions = PositionMap(outcome.source.raw, self.encoding)
            if uri in self._open and self._snapshot(uri) == snapshot:
                state.outcome, state.positions = outcome, positions
        if outcome.skipped or outcome.error is not None:
            return None
        return outcome, positions

    # Linting and publishing --------------------------------------------------------------------

    def _schedule(self, uri: str, delay: float) -> None:
        state = self._open.get(uri)
        if state is None:
            return
        state.cancel_timer()
        if delay <= 0:
            self._spawn(self._refresh(uri))
        else:
            loop = asyncio.get_running_loop()
            state.timer = loop.call_later(delay, lambda: self._spawn(self._refresh(uri)))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        # The loop keeps only weak references to tasks: hold each until it is done.
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _refresh(self, uri: str) -> None:
        """Lint the document's current text and publish, unless it changed meanwhile."""
        state = self._open.get(uri)
        if state is None:
            return
        state.timer = None
        snapshot = self._snapshot(uri)
        try:
            outcome = await self._run(self.session.lint, snapshot)
        except Exception as error:  # a bug: say it, keep serving the other documents
            logger.exception("linting %s failed", uri)
            self._show(f"lintnews: internal error: {error!r}", types.MessageType.Error)
            return
        if self._open.get(uri) is not state or self._snapshot(uri) != snapshot:
            return  # superseded: a newer lint of this document is on its way
        state.outcome = outcome
        state.positions = PositionMap(outcome.source.raw, self.encoding)
        for warning in outcome.warnings:
            self._show(f"lintnews: {warning}", types.MessageType.Warning)
        if outcome.error is not None:
            self._show(f"lintnews: {outcome.error}", types.MessageType.Error)
        if outcome.config is not None and outcome.config.known_words_file:
            # Its own task: the publish does not wait for the client's answer.
            self._spawn(self._watch_name(Path(outcome.config.known_words_file).name))
        if outcome.skipped:
            return
        diagnostics = [
            self._diagnostic(d, outcome, state.positions) for d in outcome.diagnostics
        ]  # none when the configuration is broken: the message says why
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, diagnostics=diagnostics, version=snapshot.version
            )
        )

    def _relint_all(self) -> None:
        self._shown.clear()
        for uri in self._open:
            self._schedule(uri, 0)

    async def _reload_if_configuration(self, paths: Iterable[Path]) -> bool:
        if not await self._run(self.session.reload_if_configuration, list(paths)):
            return False
        self._relint_all()
        return True

    # Conversions ---------------------------------------------------------------------------------

    @staticmethod
    def _range(positions: PositionMap, start: int, end: int) -> types.Range:
        """A range from offsets into the exact text."""
        (line, character), (end_line, end_character) = (
            positions.position(start),
            positions.position(end),
        )
        return types.Range(
            start=types.Position(line=line, character=character),
            end=types.Position(line=end_line, character=end_character),
        )

    def _edit(self, outcome: LintOutcome, positions: PositionMap, edit: Edit) -> types.TextEdit:
        """An edit of the analysed text as an edit of the client's text (CRLF, BOM)."""
        source = outcome.source
        content = edit.content
        if source.newline == "\r\n":
            content = content.replace("\n", "\r\n")
        return types.TextEdit(
            range=self._range(
                positions, source.raw_offset(edit.start), source.raw_offset(edit.end)
            ),
            new_text=content,
        )

    def _diagnostic(
        self, diagnostic: Diagnostic, outcome: LintOutcome, positions: PositionMap
    ) -> types.Diagnostic:
        source = outcome.source
        return types.Diagnostic(
            range=self._range(
                positions, source.raw_offset(diagnostic.start), source.raw_offset(diagnostic.end)
            ),
            message=diagnostic.message,
            severity=_SEVERITY[severity(diagnostic.code)],
            code=diagnostic.code,
            source="lintnews",
        )

    def _workspace_edit(
        self, document: DocumentInput, edits: list[types.TextEdit]
    ) -> types.WorkspaceEdit:
        """Edits of one document; versioned where the client can check the version, so that
        an edit computed for an older text is refused rather than applied in the wrong place."""
        if self._capability("workspace", "workspace_edit", "document_changes"):
            identifier = types.OptionalVersionedTextDocumentIdentifier(
                uri=document.uri, version=document.version
            )
            return types.WorkspaceEdit(
                document_changes=[types.TextDocumentEdit(text_document=identifier, edits=edits)]
            )
        return types.WorkspaceEdit(changes={document.uri: edits})

    # Lifecycle -------------------------------------------------------------------------------

    async def initialized(self, params: types.InitializedParams) -> None:
        await self._watch(CONFIG_GLOBS)

    async def _watch_name(self, name: str) -> None:
        if name not in self._watched_names:
            self._watched_names.add(name)
            await self._watch([f"**/{name}"])

    async def _watch(self, globs: Iterable[str]) -> None:
        """Ask the client to report changes to these files, where it can."""
        if not self._capability("workspace", "did_change_watched_files", "dynamic_registration"):
            return
        globs = list(globs)
        registration = types.Registration(
            id=f"lintnews-watch-{'-'.join(globs)}",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in globs]
            ),
        )
        try:
            await self.client_register_capability_async(
                types.RegistrationParams(registrations=[registration])
            )
        except Exception as error:  # the client refused: configuration changes need a save
            logger.info("file watching not registered: %s", error)

    async def shutting_down(self, params: None) -> None:
        await self._run(self.session.close)

    # Documents ---------------------------------------------------------------------------------

    def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        self._open[uri] = _Open(uri)
        self._schedule(uri, 0)

    def did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self._schedule(params.text_document.uri, self.debounce)

    async def did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path and await self._reload_if_configuration([Path(path)]):
            return
        self._schedule(uri, 0)

    def did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        state = self._open.pop(uri, None)
        if state is None:
            return
        state.cancel_timer()
        if state.outcome is not None and not state.outcome.skipped:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    async def did_change_watched_files(self, params: types.DidChangeWatchedFilesParams) -> None:
        paths = [to_fs_path(change.uri) for change in params.changes]
        await self._reload_if_configuration(Path(path) for path in paths if path)

    # Hover -------------------------------------------------------------------------------------

    async def hover(self, params: types.HoverParams) -> types.Hover | None:
        current = await self._current(params.text_document.uri)
        if current is None:
            return None
        outcome, positions = current
        point = (params.position.line, params.position.character)
        found = [
            (d, r)
            for d in outcome.diagnostics
            if _contains(r := self._diagnostic(d, outcome, positions).range, point)
        ]
        if not found:
            return None
        formats = self._capability("text_document", "hover", "content_format") or []
        markdown = types.MarkupKind.Markdown in formats
        texts = list(dict.fromkeys(_explanation(d, markdown=markdown) for d, _ in found))
        separator = "\n\n---\n\n" if markdown else "\n\n"
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText,
                value=separator.join(texts),
            ),
            range=found[0][1],
        )

    # Code actions ------------------------------------------------------------------------------

    async def code_action(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        current = await self._current(params.text_document.uri)
        if current is None:
            return None
        outcome, positions = current
        only = params.context.only

        def wanted(kind: str) -> bool:
            return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)

        asked = (
            (params.range.start.line, params.range.start.character),
            (params.range.end.line, params.range.end.character),
        )
        actions: list[types.CodeAction] = []
        touched = False
        for diagnostic in outcome.diagnostics:
            lsp_diagnostic = self._diagnostic(diagnostic, outcome, positions)
            if not _overlaps(lsp_diagnostic.range, asked):
                continue
            touched = True
            if wanted(types.CodeActionKind.QuickFix):
                actions.extend(
                    await self._quick_fixes(outcome, positions, diagnostic, lsp_diagnostic)
                )
        # Offered beside a finding's quick fixes, or whenever it is asked for by kind (VS Code's
        # codeActionsOnSave asks for the whole document).
        explicit = only is not None
        if wanted(FIX_ALL_KIND) and (touched or explicit) and outcome.has_safe_fix:
            actions.append(await self._fix_all_action(outcome))
        return actions

    async def _quick_fixes(
        self,
        outcome: LintOutcome,
        positions: PositionMap,
        diagnostic: Diagnostic,
        lsp_diagnostic: types.Diagnostic,
    ) -> list[types.CodeAction]:
        code = diagnostic.code
        fix = diagnostic.fix
        actions: list[types.CodeAction] = []

        def quick_fix(title: str, **action: Any) -> None:
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[lsp_diagnostic],
                    **action,
                )
            )

        if fix is not None:
            applicability = "safe" if fix.is_safe else "unsafe"
            edits = [self._edit(outcome, positions, edit) for edit in fix.edits]
            quick_fix(
                f"Fix {code} ({applicability}): {fix.message}",
                is_preferred=fix.is_safe,
                edit=self._workspace_edit(outcome.document, edits),
            )
        marker = suppression_edit(
            outcome.source.text, diagnostic.start, code, markdown=outcome.document.is_markdown
        )
        marker_edit = self._edit(outcome, positions, marker)
        quick_fix(
            f"Ignore {code} on this line",
            edit=self._workspace_edit(outcome.document, [marker_edit]),
        )
        word = candidate_word(outcome, diagnostic)
        if word is not None and await self._run(
            self.session.word_silences, outcome.document, diagnostic, word
        ):
            title = f"Add '{word}' to known words"
            arguments = [outcome.document.uri, word]
            command = types.Command(title, ADD_WORD_COMMAND, arguments=arguments)
            quick_fix(title, command=command)
        return actions

    async def _fix_all_action(self, outcome: LintOutcome) -> types.CodeAction:
        """Fix all, computed now or, where the client can resolve it, when chosen: it lints the
        document up to ten times, too much for every cursor move."""
        document = outcome.document
        action = types.CodeAction(
            title="Fix all safe lintnews problems in this document",
            kind=FIX_ALL_KIND,
            data={"uri": document.uri, "version": document.version},
        )
        resolvable = self._capability("text_document", "code_action", "resolve_support")
        if resolvable is None or "edit" not in resolvable.properties:
            return await self.resolve_code_action(action)
        return action

    async def resolve_code_action(self, action: types.CodeAction) -> types.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        uri = data.get("uri")
        if action.kind != FIX_ALL_KIND or not isinstance(uri, str) or uri not in self._open:
            return action
        snapshot = self._snapshot(uri)
        fixed = await self._run(self.session.fix_all, snapshot)
        if fixed is None:
            return action
        start, end, content = replacement(snapshot.text, fixed)
        positions = PositionMap(snapshot.text, self.encoding)
        edit = types.TextEdit(range=self._range(positions, start, end), new_text=content)
        action.edit = self._workspace_edit(snapshot, [edit] if start != end or content else [])
        return action

    async def add_known_word(self, uri: str, word: str) -> None:
        if uri not in self._open:
            return
        try:
            written = await self._run(self.session.add_word, self._snapshot(uri), word)
        except (KnownWordsError, ValueError) as error:
            self._show(f"lintnews: {error}", types.MessageType.Error)
            return
        self.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Info,
                message=f"lintnews: added '{word}' to the known words in {written}",
            )
        )
        self._relint_all()


def _plain(method: Callable[..., Any]) -> Callable[..., Any]:
    """A plain function that calls ``method``: pygls marks the handlers it is given with
    attributes, which a bound method cannot carry. It keeps the method's signature and type
    hints, which pygls reads to convert a command's arguments."""
    if asyncio.iscoroutinefunction(method):

        @functools.wraps(method)
        async def handler(*args: Any) -> Any:
            return await method(*args)

        return handler

    @functools.wraps(method)
    def plain(*args: Any) -> Any:
        return method(*args)

    return plain


def _contains(span: types.Range, point: tuple[int, int]) -> bool:
    start = (span.start.line, span.start.character)
    end = (span.end.line, span.end.character)
    return start <= point <= end


def _overlaps(span: types.Range, asked: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    start = (span.start.line, span.start.character)
    end = (span.end.line, span.end.character)
    return start <= asked[1] and asked[0] <= end


def _explanation(diagnostic: Diagnostic, *, markdown: bool) -> str:
    """The hover text: the rule's explanation as ``lintnews rule CODE`` gives it (without the
    list of examples, which the command prints), and this finding's fix."""
    rule = rule_by_code(diagnostic.code) if diagnostic.native else None
    body = rule.doc() if rule is not None else explain_backend_code(diagnostic.code) or ""
    title = f"{diagnostic.code} {diagnostic.name} ({severity(diagnostic.code)})"
    parts = [f"**{title}**" if markdown else title, body]
    if diagnostic.fix is not None:
        applicability = "safe" if diagnostic.fix.is_safe else "unsafe: --unsafe-fixes"
        parts.append(f"Fix ({applicability}): {diagnostic.fix.message}")
    if rule is not None:
        parts.append(f"`lintnews rule {rule.code}` lists its examples.")
    return "\n\n".join(part for part in parts if part)


def serve() -> None:
    """Run the server on standard input and output until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="lintnews server: %(message)s")
    LintnewsServer().start_io()
