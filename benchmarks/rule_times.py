"""Where the time goes: milliseconds spent in each rule of the default set over one pass of a
corpus, the rules running together as in a real check.

    python benchmarks/rule_times.py [CORPUS_FOLDER] [--passes N] [--rules M001,T003]
                                    [--profile N]

Shared analysis is charged to itself, not to the rule that happens to ask first: each of the
document's lazily built properties (word counts, lines, tokens) as ``(document) NAME`` and each
family analysis built through ``Document.shared`` as ``(shared) NAME``, so that a rule's row is
the work of that rule alone. ``--rules`` runs only the rules named (with the analysis they ask
for); ``--profile N`` prints the N functions of most own time in one more pass, by cProfile.
``speed.py`` gives the other view, each rule alone in MB/s. Prints a table; writes nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, corpus_texts
from lintnews import document
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.engine import Linter
from lintnews.rule import Rule
from lintnews.source import Source

T = TypeVar("T")


class Charges:
    """CPU time charged to labels, each label's own time: work done inside a nested charge (an
    analysis a rule asks for) is the nested label's, not the outer one's."""

    def __init__(self) -> None:
        # CPU time of this process: steadier than wall time when other work shares the machine.
        self.clock = time.process_time
        self.spent: dict[str, float] = defaultdict(float)
        self._nested = [0.0]

    def run(self, label: str, work: Callable[..., T], *args: Any) -> T:
        self._nested.append(0.0)
        started = self.clock()
        try:
            return work(*args)
        finally:
            elapsed = self.clock() - started
            self.spent[label] += elapsed - self._nested.pop()
            self._nested[-1] += elapsed


def charge_analysis(charges: Charges) -> None:
    """Make every lazily built document property and every ``Document.shared`` analysis charge
    its building to itself (for this process: a benchmark's instrument, not the engine's)."""
    built = document.lazy.__get__
    shared = Document.shared
    wrapped: dict[Callable[[Document], Any], Callable[[Document], Any]] = {}

    def timed_get(self: document.lazy[Any], instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return charges.run(f"(document) {self._name}", built, self, instance, owner)

    def timed_shared(doc: Document, build: Callable[[Document], T]) -> T:
        if build not in wrapped:  # one wrapper a build, so the document's cache still holds
            label = f"(shared) {getattr(build, '__name__', repr(build))}"
            wrapped[build] = lambda doc: charges.run(label, build, doc)
        return shared(doc, wrapped[build])

    document.lazy.__get__ = timed_get  # type: ignore[method-assign]
    Document.shared = timed_shared  # type: ignore[method-assign]


def one_pass(linter: Linter, texts: Iterable[str], charges: Charges | None) -> None:
    for text in texts:
        doc = Document(Source.from_text(text, "<bench>"), linter.config)
        found: list[Diagnostic] = []
        for rule in linter.rules:
            if charges is None:
                found.extend(rule.check(doc))
            else:
                found.extend(charges.run(rule.code, _reports, rule, doc))
        if charges is None:
            linter._finish(doc, found)
        else:  # suppression, de-duplication and sorting
            charges.run("(engine)", linter._finish, doc, found)


def _reports(rule: Rule, doc: Document) -> list[Diagnostic]:
    return list(rule.check(doc))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=BBC)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--rules", help="comma-separated codes: run only these rules")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile, top N")
    args = parser.parse_args()
    texts, megabytes = corpus_texts(args.corpus)
    linter = Linter(Config())
    if args.rules:
        codes = set(args.rules.split(","))
        linter = Linter(Config(), rules=[type(r) for r in linter.rules if r.code in codes])
    one_pass(linter, texts, None)  # one-time loads (word lists, compiled patterns) are start-up
    charges = Charges()
    charge_analysis(charges)
    started = charges.clock()
    for _ in range(args.passes):
        one_pass(linter, texts, charges)
    seconds = (charges.clock() - started) / args.passes
    print(f"{megabytes:.1f} MB in {seconds * 1000:.0f} ms a pass: {megabytes / seconds:.2f} MB/s")
    print("| Rule or analysis | ms a pass | share |")
    print("| --- | --- | --- |")
    for label, total in sorted(charges.spent.items(), key=lambda item: -item[1]):
        share = total / args.passes / seconds
        print(f"| {label} | {total / args.passes * 1000:.1f} | {share:.0%} |")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_pass, linter, texts, None)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
