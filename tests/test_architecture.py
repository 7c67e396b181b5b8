"""The shape of lintnews's import graph: no cycles, and no engine module serving one family.

The graph is read from the source with ``ast``, not from ``sys.modules``, so it holds every import
a module can make, whichever code path runs: imports at the top of a module **and imports inside
functions** (a cycle held apart by a function-level import is still a cycle: it only moves the
failure from import time to the first call on an unusual path).

What counts as an import:

- ``import a.b`` and ``from a import b``: the module named, ``a.b`` (``from a import b`` names the
  submodule when ``a.b`` is one, else the package ``a``, whose attribute ``b`` is taken).
  Relative imports are resolved against the importing module's package.
- ``importlib.import_module("a.b")`` with a literal name; a module that also walks that package
  (``pkgutil.walk_packages``, as the rule registry does) imports every module under it.
- The packages above an imported module are not counted: Python runs ``a/__init__.py`` before
  ``a.b`` whatever the code says, so an edge to every parent would only make each package's
  ``__init__`` look like part of every cycle.
- **Imports under ``if TYPE_CHECKING:`` count too.** Python does not run them, but they are a
  dependency all the same: the module cannot be read, type-checked or moved without the one it
  names. Half of the corpus report <-> runner cycle was one (``report`` named ``RunResult`` for
  its hints, ``runner`` called ``report``); the cure is the same as for a real cycle, a module
  both can import (``corpus/types.py``).

``rules/`` is installed as ``lintnews.rules``: ``rules/x/y.py`` is the module ``lintnews.rules.x.y``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Import package -> the folder holding it in a checkout.
PACKAGES = {"lintnews": ROOT / "lintnews", "lintnews.rules": ROOT / "rules"}
RULES = "lintnews.rules"

# Engine modules that one rule family alone imports, known and being dealt with. Each entry must
# still be an offender while its module exists, so the set cannot hide a module that was fixed.
SINGLE_FAMILY_EXCEPTIONS = {
    # Only the translation rules use the word-alternation trie so far; the shared-parse change
    # folds it into the engine's one scanning module, which every family uses.
    "lintnews.trie_pattern",
}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    path: Path
    line: int

    def __str__(self) -> str:
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path.name
        return f"{self.importer} -> {self.imported} ({where}:{self.line})"


def module_files(packages: dict[str, Path]) -> dict[str, Path]:
    """Every module of the given packages, by its dotted name (``rules/x/y.py`` is
    ``lintnews.rules.x.y``: each folder is named by its own entry)."""
    found: dict[str, Path] = {}
    for package, folder in packages.items():
        for path in sorted(folder.rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join((package, *parts))] = path
    return found


def _literal_import_module(node: ast.Call) -> str | None:
    """The module named by ``importlib.import_module("literal")``, else None."""
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
    if name != "import_module" or not node.args:
        return None
    argument = node.args[0]
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value
    return None


def _calls_walk_packages(node: ast.Call) -> bool:
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
    return name == "walk_packages"


class _ImportCollector(ast.NodeVisitor):
    """Names imported anywhere in a module: at its top, inside functions, under TYPE_CHECKING."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.package = module if is_package else module.rpartition(".")[0]
        # (module named, name taken from it or None, line)
        self.found: list[tuple[str, str | None, int]] = []
        self.loaded_by_name: list[tuple[str, int]] = []
        self.walks_packages = False

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((alias.name, None, node.lineno))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")
            base = base[: len(base) - (node.level - 1)]
            module = ".".join([*base, node.module] if node.module else base)
        else:
            module = node.module or ""
        for alias in node.names:
            self.found.append((module, alias.name, node.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        named = _literal_import_module(node)
        if named is not None:
            self.loaded_by_name.append((named, node.lineno))
        self.walks_packages = self.walks_packages or _calls_walk_packages(node)
        self.generic_visit(node)


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module of ours that importing ``name`` runs: the longest known prefix, or None for a
    module from elsewhere (the standard library, a dependency)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def collect_imports(packages: dict[str, Path]) -> list[Import]:
    modules = module_files(packages)
    imports: list[Import] = []
    for module, path in modules.items():
        collector = _ImportCollector(module, path.name == "__init__.py")
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        targets: list[tuple[str | None, int]] = []
        for named, attribute, line in collector.found:
            submodule = f"{named}.{attribute}" if attribute else None
            targets.append((submodule if submodule in modules else _resolve(named, modules), line))
        for named, line in collector.loaded_by_name:
            targets.append((_resolve(named, modules), line))
            if collector.walks_packages:
                targets.extend((m, line) for m in modules if m.startswith(named + "."))
        seen: set[str] = set()
        for target, line in targets:  # one edge per imported module: its first import
            if target is not None and target != module and target not in seen:
                seen.add(target)
                imports.append(Import(module, target, path, line))
    return imports


@dataclass(frozen=True)
class Cycle:
    """Modules that import each other, directly or not, and the shortest cycle through each
    of them (without repeats): the imports that would have to go to break it."""

    modules: tuple[str, ...]
    cycles: tuple[tuple[Import, ...], ...]

    SHOWN = 8  # cycles printed per group; a group of rules repeats one shape many times

    def describe(self) -> Iterator[str]:
        yield f"{len(self.modules)} modules in one cycle: {', '.join(self.modules)}"
        for cycle in self.cycles[: self.SHOWN]:
            yield "  " + " -> ".join([cycle[0].importer, *(i.imported for i in cycle)])
            for item in cycle:
                yield f"      {item}"
        if len(self.cycles) > self.SHOWN:
            yield f"  ... and {len(self.cycles) - self.SHOWN} more cycles like these"


def find_cycles(imports: list[Import]) -> list[Cycle]:
    """The strongly connected groups of modules (Tarjan's algorithm), in a stable order."""
    edges: dict[str, dict[str, Import]] = defaultdict(dict)
    for item in sorted(imports, key=lambda i: (i.importer, i.imported, i.line)):
        edges[item.importer].setdefault(item.imported, item)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(edges):
        if node not in index:
            connect(node)
    found = []
    for group in sorted(groups, key=min):
        cycles: dict[frozenset[Import], tuple[Import, ...]] = {}
        for member in sorted(group):  # the same cycle found from another member is dropped
            cycle = _cycle_through(member, group, edges)
            cycles.setdefault(frozenset(cycle), cycle)
        ordered = sorted(cycles.values(), key=lambda c: (len(c), [str(i) for i in c]))
        found.append(Cycle(tuple(sorted(group)), tuple(ordered)))
    return found


def _cycle_through(
    start: str, group: set[str], edges: dict[str, dict[str, Import]]
) -> tuple[Import, ...]:
    """The shortest cycle through ``start`` (breadth-first inside its group)."""
    came_by: dict[str, Import] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for target, item in edges[node].items():
                if target == start:
                    path = [item]
                    while path[0].importer != start:
                        path.insert(0, came_by[path[0].importer])
                    return tuple(path)
                if target in group and target not in came_by:
                    came_by[target] = item
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle through {start}")  # a strongly connected group has one


def family_of(module: str) -> str | None:
    """``lintnews.rules.merged.split_word`` -> ``merged``; None for an engine module."""
    if not module.startswith(RULES + "."):
        return None
    return module.removeprefix(RULES + ".").split(".")[0]


def single_family_modules(imports: list[Import]) -> dict[str, str]:
    """Engine modules imported by rules of exactly one family and by no other engine module,
    with that family."""
    families: dict[str, set[str]] = defaultdict(set)
    engine_users: dict[str, set[str]] = defaultdict(set)
    for item in imports:
        if family_of(item.imported) is not None or item.imported == RULES:
            continue  # only engine modules are in question
        family = family_of(item.importer)
        if family is not None:
            families[item.imported].add(family)
        elif item.importer != RULES:
            engine_users[item.imported].add(item.importer)
    return {
        module: next(iter(users))
        for module, users in sorted(families.items())
        if len(users) == 1 and not engine_users[module]
    }


# The project -----------------------------------------------------------------------------------


def test_module_graph_has_no_cycle() -> None:
    imports = collect_imports(PACKAGES)
    assert len({i.importer for i in imports}) > 50, "the walk found too few modules"
    cycles = find_cycles(imports)
    assert not cycles, "import cycles:\n" + "\n".join(
        line for cycle in cycles for line in cycle.describe()
    )


def test_no_engine_module_is_used_by_a_single_family_only() -> None:
    imports = collect_imports(PACKAGES)
    offenders = single_family_modules(imports)
    unexpected = {m: f for m, f in offenders.items() if m not in SINGLE_FAMILY_EXCEPTIONS}
    assert not unexpected, (
        "engine modules only one rule family imports (move them into that family's folder): "
        + ", ".join(f"{module} (rules/{family}/)" for module, family in unexpected.items())
    )
    modules = module_files(PACKAGES)
    stale = {m for m in SINGLE_FAMILY_EXCEPTIONS if m in modules and m not in offenders}
    assert not stale, f"no longer single-family, remove from SINGLE_FAMILY_EXCEPTIONS: {stale}"


def test_the_registry_is_seen_to_import_every_rule() -> None:
    """The registry loads the rules by name; the graph must still see those imports, or a rule
    importing the engine back would be a cycle the test misses."""
    imported = {i.imported for i in collect_imports(PACKAGES) if i.importer == "lintnews.registry"}
    rules = {m for m in module_files(PACKAGES) if m.startswith(RULES + ".")}
    assert rules and rules <= imported


# The graph reader, on small packages made for the purpose ---------------------------------------


def _package(root: Path, files: dict[str, str]) -> dict[str, Path]:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {"pkg": root / "pkg"}


def test_a_cycle_through_a_function_level_relative_import_is_found(tmp_path: Path) -> None:
    packages = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.sub import b\n",
            "sub/__init__.py": "",
            "sub/b.py": "def late() -> None:\n    from .. import c\n",
            "c.py": "import pkg.a\n",
            "d.py": "from pkg import a\n",  # into the cycle, not part of it
        },
    )
    (cycle,) = find_cycles(collect_imports(packages))
    assert cycle.modules == ("pkg.a", "pkg.c", "pkg.sub.b")  # pkg.d leads in, nothing back
    (imports,) = cycle.cycles  # the same three imports, whichever module it starts from
    assert [i.importer for i in imports] == ["pkg.a", "pkg.sub.b", "pkg.c"]
    assert [i.imported for i in imports] == ["pkg.sub.b", "pkg.c", "pkg.a"]
    assert imports[1].line == 2


def test_type_checking_imports_count(tmp_path: Path) -> None:
    packages = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "import pkg.b\n",
            "b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg.a import X\n"
                "else:\n    from pkg import c\n"
            ),
            "c.py": "",
        },
    )
    imports = collect_imports(packages)
    assert {(i.importer, i.imported) for i in imports} == {
        ("pkg.a", "pkg.b"),
        ("pkg.b", "pkg.a"),
        ("pkg.b", "pkg.c"),
    }
    (cycle,) = find_cycles(imports)
    assert [str(i) for i in cycle.cycles[0]] == [
        "pkg.a -> pkg.b (a.py:1)",
        "pkg.b -> pkg.a (b.py:3)",
    ]


def test_a_module_used_by_one_family_is_reported() -> None:
    here = Path(__file__)

    def imp(importer: str, imported: str) -> Import:
        return Import(importer, imported, here, 1)

    imports = [
        imp("lintnews.rules.merged.m1", "lintnews.split"),
        imp("lintnews.rules.merged.m2", "lintnews.split"),
        imp("lintnews.rules.merged.m1", "lintnews.shared"),
        imp("lintnews.rules.case.c1", "lintnews.shared"),
        imp("lintnews.rules.case.c1", "lintnews.core"),
        imp("lintnews.engine", "lintnews.core"),
        imp("lintnews.rules.case.c1", "lintnews.rules.case._helpers"),
    ]
    assert single_family_modules(imports) == {"lintnews.split": "merged"}
