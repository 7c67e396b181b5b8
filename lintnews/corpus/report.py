"""The report of a corpus run: a rich table on the terminal, and one self-contained HTML file.

The HTML file needs nothing but a browser: no script, no CDN; its charts are SVG drawn by
matplotlib and written into the page. Every number in it carries a ``data-value`` attribute so
that tests (and scripts) can read the page back.
"""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from typing import Any, TextIO

from lintnews.cache import atomic_path
from lintnews.corpus.formats import (
    FINDINGS,
    FIXES,
    PER_1K,
    REJECTED,
    WORDS,
    CorpusError,
    classify,
    read_output,
)
from lintnews.corpus.stats import HIST_LABELS, NO_GROUP, Stats
from lintnews.corpus.types import CorpusOptions, RunResult
from lintnews.registry import all_rules

MAX_GROUPS = 30
BAR_COLOUR = "#2f6fb0"
REJECT_COLOUR = "#c0392b"


def rule_names() -> dict[str, str]:
    return {rule.code: rule.name for rule in all_rules()}


def ordered_codes(stats: Stats) -> list[str]:
    """Codes by findings, most first (ties by code)."""
    return sorted(stats.codes, key=lambda code: (-stats.codes[code][0], code))


# Terminal --------------------------------------------------------------------------------------


def print_summary(result: RunResult, options: CorpusOptions, out: TextIO) -> None:
    # rich and matplotlib (below) are slow to import: loaded when the summary or the report
    # is drawn, so a quiet run without --report loads neither.
    from rich.console import Console
    from rich.table import Table

    stats = result.stats
    names = rule_names()
    console = Console(file=out, highlight=False, soft_wrap=True)
    table = Table(title="lintnews corpus", title_justify="left")
    table.add_column("Code", style="bold red")
    table.add_column("Rule")
    table.add_column("Findings", justify="right")
    table.add_column("Per 10k words", justify="right")
    table.add_column("Documents", justify="right")
    table.add_column("Share", justify="right")
    if options.fix:
        table.add_column("Fixed", justify="right")
    for code in ordered_codes(stats):
        count, docs = stats.codes[code]
        row = [
            code,
            names.get(code, ""),
            f"{count:,}",
            f"{stats.per_10k(code):.2f}",
            f"{docs:,}",
            f"{stats.share_affected(code):.1%}",
        ]
        if options.fix:
            row.append(f"{stats.fixes.get(code, 0):,}")
        table.add_row(*row)
    console.print(table)
    seconds = max(result.seconds, 1e-9)
    kept = stats.docs - stats.rejected
    console.print(
        f"{stats.docs:,} documents ({kept:,} kept, {stats.rejected:,} rejected, "
        f"{result.errors:,} errors), {stats.words:,} words, {stats.findings:,} findings "
        f"in {stats.affected:,} documents ({stats.affected / max(stats.docs, 1):.1%})."
    )
    if options.fix:
        console.print(
            f"Fixed {sum(stats.fixes.values()):,} problems in {stats.fixed_docs:,} documents."
        )
    console.print(
        f"{result.bytes_read / 1e6:.1f} MB of text in {seconds:.1f} s "
        f"({result.bytes_read / 1e6 / seconds:.2f} MB/s), {result.shards} shards"
        + (f" ({result.resumed} resumed)" if result.resumed else "")
        + f". Output: {options.output}"
    )
    if result.errors:
        console.print(f"{result.errors:,} bad records skipped: see {options.output}/errors.jsonl")


# Statistics of an existing output folder --------------------------------------------------------


def stats_from_output(output: Path, group_field: str | None = None) -> Stats:
    """Totals of a finished run in ``output``: summed from its shard summaries, or, when a
    ``group_field`` other than the run's is asked for, counted again from the records."""
    state = output / ".lintnews"
    run_file = state / "run.json"
    if not run_file.is_file():
        raise CorpusError(f"{output}: no lintnews corpus output here (no .lintnews/run.json)")
    run = json.loads(run_file.read_text(encoding="utf-8"))
    if group_field is None or group_field == run.get("group_field"):
        stats = Stats()
        keyed = []
        for path in (state / "shards").glob("*.json"):
            summary = json.loads(path.read_text(encoding="utf-8"))
            keyed.append(((summary["file_index"], summary["index"]), path))
        for _, path in sorted(keyed):
            summary = json.loads(path.read_text(encoding="utf-8"))
            stats.merge(Stats.from_json(summary["stats"]))
        if group_field is None or set(stats.groups) - {NO_GROUP}:
            return stats
        # Every record without a group: the records tell whether any has the field at all.
    return stats_from_records(output, run, group_field)


def stats_from_records(output: Path, run: dict[str, Any], group_field: str) -> Stats:
    text_field = run.get("fixed_field") or run.get("text_field") or "text"
    id_field = run.get("id_field") or "id"
    stats = Stats()
    files = [p for p in sorted(output.iterdir()) if p.is_file() and classify(p)]
    files += [p for p in sorted((output / "rejected").glob("*")) if p.is_file() and classify(p)]
    having = 0  # records that have the field, whatever its value
    for path in files:
        if path.name == "errors.jsonl":
            continue
        # Lines of the output file: the run's input lines are in its shard summaries only.
        word = "line" if (classify(path) or ("",))[0] == "jsonl" else "row"
        for row, record in enumerate(read_output(path), 1):
            having += group_field in record
            value = record.get(group_field)
            doc_id = record.get(id_field)
            stats.add(
                str(record.get(text_field) or ""),
                list(record.get(FINDINGS) or []),
                int(record.get(WORDS) or 0),
                float(record.get(PER_1K) or 0.0),
                doc_id=f"{path.name}:{row}" if doc_id is None else str(doc_id),
                group=NO_GROUP if value is None or value == "" else str(value),
                rejected=record.get(REJECTED) or (),
                fixes=record.get(FIXES),
                shard=path.name,
                position=f"{word} {row}",
            )
    if stats.docs and not having:
        raise CorpusError(f"--group-field {group_field!r}: no record of {output} has this field")
    return stats


# Charts ----------------------------------------------------------------------------------------


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = re.sub(r"<\?xml[^>]*\?>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    return svg


def _figure(height: float) -> Any:
    import matplotlib

    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: searchable, selectable
    matplotlib.rcParams["svg.hashsalt"] = "lintnews"  # stable ids: the same data, the same file
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, height))
    return figure


def bar_chart(
    labels: list[str],
    values: list[float],
    gids: list[str],
    xlabel: str,
    fmt: str,
    colour: str = BAR_COLOUR,
) -> str:
    figure = _figure(0.6 + 0.32 * max(len(labels), 1))
    axes = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]
    bars = axes.barh(positions, values, color=colour)
    for bar, gid in zip(bars, gids, strict=True):
        bar.set_gid(gid)
    axes.set_yticks(positions, labels)
    axes.set_xlabel(xlabel)
    top = max(values, default=0) or 1
    axes.set_xlim(0, top * 1.18)
    for position, value in zip(positions, values, strict=True):
        axes.text(value + top * 0.01, position, fmt.format(value), va="center", fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def histogram_chart(stats: Stats) -> str:
    figure = _figure(2.8)
    axes = figure.add_subplot()
    bars = axes.bar(range(len(HIST_LABELS)), stats.hist, color=BAR_COLOUR)
    for bar, label, value in zip(bars, HIST_LABELS, stats.hist, strict=True):
        bar.set_gid(f"hist-{label}")
        axes.text(
            bar.get_x() + bar.get_width() / 2,
            value,
            f"{value:,}",
            ha="center",
            va="bottom",
            fontsize=8,
        )
    axes.set_xticks(range(len(HIST_LABELS)), HIST_LABELS)
    axes.set_xlabel("findings per 1,000 words")
    axes.set_ylabel("documents")
    axes.set_ylim(0, (max(stats.hist) or 1) * 1.15)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


# HTML ------------------------------------------------------------------------------------------

# One file, several pages: the summary, and a page per rule's examples and for the rejected
# documents, each a section shown alone when its anchor is the address's target (CSS only, no
# script). A browser without :has() keeps the summary above the page it scrolls to.
_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:64rem;
padding:0 1rem;color:#222}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0}th,td{padding:.25rem .7rem;text-align:left;
border-bottom:1px solid #eee;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:
tabular-nums}figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;
font-size:.9rem}mark{background:#ffd54f;padding:0 .1rem}table.examples{width:100%}
.context{font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere}.muted{color:#666}code{font-size:.95em}
.scroll{max-width:100%;overflow-x:auto;border:1px solid #eee}.scroll table{margin:0}
.scroll th:first-child,.scroll td:first-child{position:sticky;left:0;background:#fff}
.where{font-size:.85rem;white-space:nowrap}nav a{margin-right:.8rem}
#group-table th,#group-table td{white-space:nowrap}
.page{display:none}.page:target{display:block}body:has(.page:target) #summary{display:none}
"""

# Rules drawn apart in the chart by group and rule (the rest are summed as "other").
GROUP_CHART_RULES = 8
GROUP_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
# Examples per rule in the summary; the rule's own page shows all that were kept.
SUMMARY_EXAMPLES = 2
SUMMARY_REJECTED = 10


def _num(value: float, text: str) -> str:
    return f'<td class="n" data-value="{value}">{html.escape(text)}</td>'


def _examples(count: int) -> str:
    return f"{count:,} example" + ("" if count == 1 else "s")


def _where(doc_id: str, shard: str, position: str) -> str:
    """The cell that says which record this is and where to find it."""
    e = html.escape
    place = ", ".join(
        part for part in (f"shard {shard}" if shard else "", position) if part and part != doc_id
    )
    return (
        f'<td class="where" data-id="{e(doc_id)}" data-shard="{e(shard)}" '
        f'data-position="{e(position)}"><code>{e(doc_id)}</code>'
        + (f"<div class='muted'>{e(place)}</div>" if place else "")
        + "</td>"
    )


def _examples_table(code: str, entries: list[list[Any]], page: bool) -> str:
    e = html.escape
    rows = [
        f'<table class="examples" data-code="{e(code)}" data-page="{int(page)}">'
        '<tr><th class="n">Count</th><th>In context</th><th>Record (shard, line)</th></tr>'
    ]
    for entry in entries:
        count, left, flagged, right, doc_id, message = entry[:6]
        # Summaries written before shards and lines were kept have neither.
        shard, position = [*entry[6:8], "", ""][:2]
        rows.append(
            f"<tr>{_num(count, f'{count:,}')}<td class='context' title='{e(message)}'>"
            f"…{e(left)}<mark>{e(flagged) or '∅'}</mark>{e(right)}…"
            f"<div class='muted'>{e(message)}</div></td>{_where(doc_id, shard, position)}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _rejected_table(entries: list[list[Any]]) -> str:
    e = html.escape
    rows = [
        '<table class="rejected"><tr><th>Record (shard, line)</th><th>Reasons</th>'
        '<th class="n">Findings</th><th class="n">Per 1k words</th></tr>'
    ]
    for doc_id, shard, position, reasons, findings, per_1k in entries:
        rows.append(
            f"<tr data-id='{e(doc_id)}'>{_where(doc_id, shard, position)}"
            f"<td class='reasons'>{', '.join(f'<code>{e(r)}</code>' for r in reasons)}</td>"
            f"{_num(findings, f'{findings:,}')}{_num(per_1k, f'{per_1k:.1f}')}</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def render_html(stats: Stats, title: str = "") -> str:
    names = rule_names()
    codes = ordered_codes(stats)
    e = html.escape
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>lintnews corpus report{': ' + e(title) if title else ''}</title>",
        f"<style>{_STYLE}</style></head><body>",
        '<main id="summary">',
        f"<h1>lintnews corpus report</h1><p class='muted'>{e(title)}</p>",
        "<nav>"
        + "".join(
            f'<a href="#{anchor}">{label}</a>'
            for anchor, label, shown in (
                ("totals-heading", "Totals", True),
                ("rules-heading", "Rules", True),
                ("fixes-heading", "Fixed and remaining", bool(stats.fixes)),
                ("histogram-heading", "Documents", True),
                ("groups-heading", "Groups", bool(stats.groups)),
                ("rejected-heading", "Rejected", bool(stats.rejected)),
                ("examples-heading", "Examples", bool(codes)),
            )
            if shown
        )
        + "</nav>",
        '<h2 id="totals-heading">Totals</h2><table id="totals">',
    ]
    share = stats.affected / max(stats.docs, 1)
    totals = [
        ("documents", "Documents", stats.docs, f"{stats.docs:,}"),
        ("words", "Words", stats.words, f"{stats.words:,}"),
        (
            "findings",
            "Findings remaining after fixes" if stats.fixes else "Findings",
            stats.findings,
            f"{stats.findings:,}",
        ),
        (
            "per-10k",
            "Findings per 10k words",
            round(stats.findings * 1e4 / max(stats.words, 1), 2),
            f"{stats.findings * 1e4 / max(stats.words, 1):.2f}",
        ),
        (
            "affected",
            "Documents with findings",
            stats.affected,
            f"{stats.affected:,} ({share:.1%})",
        ),
        ("rejected", "Documents rejected", stats.rejected, f"{stats.rejected:,}"),
    ]
    if stats.fixes:
        fixed = sum(stats.fixes.values())
        totals.append(
            ("fixed", "Problems fixed", fixed, f"{fixed:,} in {stats.fixed_docs:,} documents")
        )
    for key, label, value, text in totals:
        parts.append(f'<tr data-key="{key}"><th>{label}</th>{_num(value, text)}</tr>')
    parts.append("</table>")

    parts.append(
        '<h2 id="rules-heading">'
        + ("Findings remaining per rule" if stats.fixes else "Findings per rule")
        + "</h2>"
    )
    if stats.fixes:
        parts.append(
            "<p>Counted in the fixed text: what the safe fixes left. What they fixed is "
            '<a href="#fixes-heading">counted apart</a>.</p>'
        )
    if codes:
        parts.append(_rules_html(stats, codes, names))
    else:
        parts.append("<p>No findings.</p>")
    if stats.fixes:
        parts.append(_fixes_html(stats, names))

    parts.append('<h2 id="histogram-heading">Documents by findings per 1,000 words</h2>')
    parts.append('<figure id="chart-histogram" class="chart">')
    parts.append(histogram_chart(stats))
    parts.append(
        "<figcaption>How many documents have how many findings per 1,000 words."
        "</figcaption></figure>"
    )
    parts.append(
        '<table id="histogram"><tr><th>Findings per 1k words</th>'
        + "".join(f"<th class='n'>{e(label)}</th>" for label in HIST_LABELS)
        + "</tr><tr><th>Documents</th>"
        + "".join(_num(v, f"{v:,}") for v in stats.hist)
        + "</tr></table>"
    )

    if stats.groups:
        parts.append(_groups_html(stats, codes))
    if stats.rejected:
        parts.append(_rejected_html(stats))
    if codes:
        parts.append(
            '<h2 id="examples-heading">Examples per rule</h2><section id="examples">'
            f"<p>The {SUMMARY_EXAMPLES} most frequent per rule; each rule's page has all that "
            "were kept (the most frequent flagged texts, each with the first record it was seen "
            "in).</p>"
        )
        for code in codes:
            kept = len(stats.examples.get(code, {}))
            parts.append(f"<h3>{e(code)} {e(names.get(code, ''))}</h3>")
            parts.append(_examples_table(code, stats.top_examples(code, SUMMARY_EXAMPLES), False))
            if kept > SUMMARY_EXAMPLES:
                parts.append(
                    f'<p><a class="more" href="#examples-{e(code)}">All {kept:,} examples of '
                    f"{e(code)} →</a></p>"
                )
        parts.append("</section>")
    parts.append(
        "<p class='muted'>Made by lintnews. Offsets and codes: see the output records' "
        "<code>lintnews_findings</code>.</p></main>"
    )

    back = '<p><a href="#summary">← Back to the summary</a></p>'
    for code in codes:
        entries = stats.top_examples(code, len(stats.examples.get(code, {})))
        count, docs = stats.codes[code]
        parts.append(
            f'<section class="page" id="examples-{e(code)}">{back}'
            f"<h2>{e(code)} {e(names.get(code, ''))}: {_examples(len(entries))}</h2>"
            f"<p>{count:,} findings in {docs:,} documents; the most frequent flagged texts "
            "first, each with the first record it was seen in.</p>"
            + _examples_table(code, entries, True)
            + f"{back}</section>"
        )
    if stats.rejected_docs:
        parts.append(
            f'<section class="page" id="rejected-list">{back}'
            f"<h2>Rejected documents ({stats.rejected:,})</h2>"
            + (
                f"<p>The first {len(stats.rejected_docs):,} in input order.</p>"
                if len(stats.rejected_docs) < stats.rejected
                else ""
            )
            + _rejected_table(stats.rejected_docs)
            + f"{back}</section>"
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _rules_html(stats: Stats, codes: list[str], names: dict[str, str]) -> str:
    e = html.escape
    labels = [f"{code} {names.get(code, '')}".strip() for code in codes]
    parts = ['<figure id="chart-per-10k" class="chart">']
    parts.append(
        bar_chart(
            labels,
            [round(stats.per_10k(c), 2) for c in codes],
            [f"bar-{c}" for c in codes],
            "findings per 10,000 words",
            "{:.2f}",
        )
    )
    parts.append("<figcaption>Findings per 10,000 words, by rule.</figcaption></figure>")
    parts.append('<figure id="chart-affected" class="chart">')
    parts.append(
        bar_chart(
            labels,
            [round(100 * stats.share_affected(c), 1) for c in codes],
            [f"share-{c}" for c in codes],
            "% of documents with a finding",
            "{:.1f}%",
        )
    )
    parts.append(
        "<figcaption>Share of documents with at least one finding, by rule.</figcaption></figure>"
    )
    parts.append(
        '<div class="scroll"><table id="rules"><thead><tr><th>Code</th><th>Rule</th>'
        '<th class="n">Findings</th><th class="n">Per 10k words</th>'
        '<th class="n">Documents</th><th class="n">Share of documents</th>'
        + ('<th class="n">Fixed</th>' if stats.fixes else "")
        + "<th>Examples</th></tr></thead><tbody>"
    )
    for code in codes:
        count, docs = stats.codes[code]
        per = stats.per_10k(code)
        part = stats.share_affected(code)
        kept = len(stats.examples.get(code, {}))
        parts.append(
            f'<tr data-code="{e(code)}"><td><code>{e(code)}</code></td>'
            f"<td>{e(names.get(code, ''))}</td>{_num(count, f'{count:,}')}"
            f"{_num(round(per, 2), f'{per:.2f}')}{_num(docs, f'{docs:,}')}"
            f"{_num(round(part, 4), f'{part:.1%}')}"
            + (
                _num(stats.fixes.get(code, 0), f"{stats.fixes.get(code, 0):,}")
                if stats.fixes
                else ""
            )
            + f'<td><a href="#examples-{e(code)}">{_examples(kept)}</a></td></tr>'
        )
    parts.append("</tbody></table></div>")
    return "\n".join(parts)


def _fixes_html(stats: Stats, names: dict[str, str]) -> str:
    """What the safe fixes changed, per rule, beside what they left."""
    e = html.escape
    codes = sorted(set(stats.fixes) | set(stats.codes))
    codes.sort(key=lambda c: (-stats.fixes.get(c, 0), -stats.codes.get(c, [0, 0])[0], c))
    parts = [
        '<h2 id="fixes-heading">Fixed and remaining</h2>',
        f"<p>The safe fixes changed {stats.fixed_docs:,} documents. A rule's remaining "
        "findings are those its fixes did not (or could not safely) remove.</p>",
        '<div class="scroll"><table id="fixes"><thead><tr><th>Code</th><th>Rule</th>'
        '<th class="n">Fixed</th><th class="n">Remaining</th><th class="n">Share fixed</th>'
        "</tr></thead><tbody>",
    ]
    for code in codes:
        fixed = stats.fixes.get(code, 0)
        left = stats.codes.get(code, [0, 0])[0]
        part = fixed / max(fixed + left, 1)
        parts.append(
            f'<tr data-code="{e(code)}"><td><code>{e(code)}</code></td>'
            f"<td>{e(names.get(code, ''))}</td>{_num(fixed, f'{fixed:,}')}"
            f"{_num(left, f'{left:,}')}{_num(round(part, 4), f'{part:.1%}')}</tr>"
        )
    parts.append("</tbody></table></div>")
    return "\n".join(parts)


def _rejected_html(stats: Stats) -> str:
    e = html.escape
    parts = [
        '<h2 id="rejected-heading">Rejected documents</h2>',
        f"<p>{stats.rejected:,} documents were set aside (written under <code>rejected/</code>)."
        "</p>",
        '<table id="reasons"><tr><th>Reason</th><th class="n">Documents</th></tr>',
    ]
    for reason, count in sorted(stats.reasons.items(), key=lambda item: (-item[1], item[0])):
        parts.append(
            f'<tr data-key="{e(reason)}"><td><code>{e(reason)}</code></td>'
            f"{_num(count, f'{count:,}')}</tr>"
        )
    parts.append("</table>")
    if stats.rejected_docs:
        parts.append(_rejected_table(stats.rejected_docs[:SUMMARY_REJECTED]))
    if len(stats.rejected_docs) > SUMMARY_REJECTED:
        parts.append(
            f'<p><a class="more" href="#rejected-list">All {len(stats.rejected_docs):,} '
            "rejected documents listed →</a></p>"
        )
    return "\n".join(parts)


def group_rule_chart(groups: list[tuple[str, Stats]], codes: list[str]) -> str:
    """Findings per 10k words of each group, split by rule: which rules make a group bad."""
    shown = codes[:GROUP_CHART_RULES]
    figure = _figure(1.0 + 0.32 * max(len(groups), 1))
    axes = figure.add_subplot()
    positions = list(range(len(groups)))[::-1]
    lefts = [0.0] * len(groups)
    series: list[tuple[str, list[float]]] = [
        (code, [group.per_10k(code) for _, group in groups]) for code in shown
    ]
    if len(codes) > len(shown):
        series.append(
            ("other", [sum(group.per_10k(c) for c in codes[len(shown) :]) for _, group in groups])
        )
    for (label, values), colour in zip(series, GROUP_PALETTE, strict=False):
        bars = axes.barh(positions, values, left=lefts, color=colour, label=label)
        for index, bar in enumerate(bars):
            bar.set_gid(f"group-rule-{index}-{label}")
        lefts = [a + b for a, b in zip(lefts, values, strict=True)]
    axes.set_yticks(positions, [name for name, _ in groups])
    axes.set_xlabel("findings per 10,000 words")
    axes.set_xlim(0, (max(lefts, default=0) or 1) * 1.05)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def _groups_html(stats: Stats, codes: list[str]) -> str:
    e = html.escape
    groups = sorted(stats.groups.items(), key=lambda item: (-item[1].docs, item[0]))[:MAX_GROUPS]
    worst = sorted(groups, key=lambda item: -item[1].findings / max(item[1].words, 1))
    parts = ['<h2 id="groups-heading">By group</h2><section id="groups">']
    if len(stats.groups) > len(groups):
        parts.append(f"<p>The {len(groups)} largest of {len(stats.groups):,} groups.</p>")
    parts.append('<figure id="chart-groups" class="chart">')
    parts.append(
        bar_chart(
            [name for name, _ in worst],
            [round(g.findings * 1e4 / max(g.words, 1), 2) for _, g in worst],
            [f"group-{i}" for i in range(len(worst))],
            "findings per 10,000 words",
            "{:.2f}",
            colour=REJECT_COLOUR,
        )
    )
    parts.append(
        "<figcaption>Findings per 10,000 words, by group (worst first).</figcaption></figure>"
    )
    if codes:
        parts.append('<figure id="chart-groups-rules" class="chart">')
        parts.append(group_rule_chart(worst, codes))
        parts.append(
            "<figcaption>Findings per 10,000 words, by group and rule (the "
            f"{min(len(codes), GROUP_CHART_RULES)} most frequent rules apart).</figcaption>"
            "</figure>"
        )
    parts.append(
        '<div class="scroll" id="group-table-box"><table id="group-table"><thead><tr>'
        '<th>Group</th><th class="n">Documents</th>'
        '<th class="n">Words</th><th class="n">Findings</th>'
        '<th class="n">Per 10k words</th><th class="n">Share with findings</th>'
        '<th class="n">Rejected</th>'
        + ('<th class="n">Fixed</th>' if stats.fixes else "")
        + "".join(f'<th class="n" data-code="{e(c)}">{e(c)} per 10k</th>' for c in codes)
        + "</tr></thead><tbody>"
    )
    for name, group in worst:
        per = group.findings * 1e4 / max(group.words, 1)
        share = group.affected / max(group.docs, 1)
        fixed = sum(group.fixes.values())
        parts.append(
            f'<tr data-group="{e(name)}"><td>{e(name)}</td>{_num(group.docs, f"{group.docs:,}")}'
            f"{_num(group.words, f'{group.words:,}')}{_num(group.findings, f'{group.findings:,}')}"
            f"{_num(round(per, 2), f'{per:.2f}')}{_num(round(share, 4), f'{share:.1%}')}"
            f"{_num(group.rejected, f'{group.rejected:,}')}"
            + (_num(fixed, f"{fixed:,}") if stats.fixes else "")
            + "".join(_num(round(group.per_10k(c), 2), f"{group.per_10k(c):.2f}") for c in codes)
            + "</tr>"
        )
    parts.append("</tbody></table></div></section>")
    return "\n".join(parts)


def write_report(stats: Stats, path: Path, title: str = "") -> None:
    page = render_html(stats, title)
    with atomic_path(path) as temporary:
        temporary.write_text(page, encoding="utf-8")
