"""R013's threshold curve on the extracted-text benchmark: recall against clean-line alarms.

    python benchmarks/residue_curve.py [--part tune|measure] [--field NAME] [THRESHOLD ...]

For each threshold, R013 (residue-furniture) alone on the texts of ``bench_extracted.py``:
the share of residue lines it covers, the share only it covers (beside the other default R
rules), and its alarms on clean lines per 10k clean words. ``--field`` names the threshold
varied (a field of ``furniture_line.Thresholds``: ``decide``, the default, or
``closing_decide``), the others staying at their shipped values. The threshold is chosen on the
tuning part (the default here); the curve is recorded in ``benchmarks/results/residue-curves.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_extracted import WORD_RE, Output, lint_outputs, read_outputs
from lintnews.config import Config
from lintnews.engine import Linter
from lintnews.registry import all_rules
from lintnews.rules.residue import furniture_line

CODE = "R013"
THRESHOLDS = (5.0, 6.0, 6.5, 7.0, 7.5, 8.0)


def covered(outputs: Sequence[Output]) -> list[set[int]]:
    return [{row for finding in output.findings for row in finding.rows} for output in outputs]


def curve(part: str, thresholds: Sequence[float], field: str = "decide") -> list[str]:
    outputs = read_outputs("tune" if part == "tune" else "measure")
    others = [r.code for r in all_rules() if r.family() == "R" and r.default and r.code != CODE]
    lint_outputs(Linter(Config(select=tuple(others))), outputs)
    before = covered(outputs)
    residue = sum(label == "residue" for output in outputs for label in output.labels)
    words = sum(
        len(WORD_RE.findall(line))
        for output in outputs
        for label, line in zip(output.labels, output.lines, strict=True)
        if label == "clean"
    )
    caught_before = sum(
        output.labels[row] == "residue"
        for output, rows in zip(outputs, before, strict=True)
        for row in rows
    )
    lines = [
        f"Part **{part}**: {residue} residue lines, {words} clean words; the other default R rules "
        f"({', '.join(others)}) cover {caught_before / residue:.3f} of the residue lines.",
        "",
        f"| {field} | R013 residue recall | only R013 | R rules together | clean-line alarms | per 10k clean words |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    original = furniture_line.LIMITS
    try:
        for threshold in thresholds:
            furniture_line.LIMITS = dataclasses.replace(original, **{field: threshold})
            for output in outputs:
                output.findings = []
            lint_outputs(Linter(Config(select=(CODE,))), outputs)
            caught = only = alarms = 0
            for output, rows_before, rows in zip(outputs, before, covered(outputs), strict=True):
                alarms += sum(
                    output.labels[row] == "clean"
                    for finding in output.findings
                    for row in finding.rows
                )
                caught += sum(output.labels[row] == "residue" for row in rows)
                only += sum(output.labels[row] == "residue" for row in rows - rows_before)
            lines.append(
                f"| {threshold} | {caught / residue:.3f} | {only / residue:.3f} "
                f"| {(caught_before + only) / residue:.3f} | {alarms} | {alarms * 10_000 / words:.2f} |"
            )
    finally:
        furniture_line.LIMITS = original
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--part", choices=("tune", "measure"), default="tune")
    parser.add_argument(
        "--field",
        choices=[f.name for f in dataclasses.fields(furniture_line.Thresholds)],
        default="decide",
    )
    parser.add_argument("thresholds", nargs="*", type=float, default=list(THRESHOLDS))
    args = parser.parse_args(argv)
    print("\n".join(curve(args.part, args.thresholds, args.field)))


if __name__ == "__main__":
    main()
