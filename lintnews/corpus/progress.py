"""Progress of a corpus run: a rich bar on a terminal, a plain line now and then when piped."""

from __future__ import annotations

import time
from typing import Any, TextIO

PLAIN_EVERY_SECONDS = 30.0


class Progress:
    def __init__(self, total_disk: int):
        self.total_disk = max(total_disk, 1)
        self.docs = 0
        self.text_bytes = 0
        self.disk = 0
        self.started = time.perf_counter()

    def advance(self, docs: int, text_bytes: int, disk: int) -> None:
        self.docs += docs
        self.text_bytes += text_bytes
        self.disk = max(self.disk, disk)
        self.update()

    def update(self) -> None:
        pass

    def close(self) -> None:
        pass

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        share = min(self.disk / self.total_disk, 1.0)
        eta = elapsed * (1 - share) / share if share > 0 else 0.0
        return (
            f"{self.docs:,} documents, {self.docs / elapsed:,.0f} docs/s, "
            f"{self.text_bytes / 1e6 / elapsed:.2f} MB/s, {share:.0%} of input, "
            f"ETA {_duration(eta)}"
        )


class PlainProgress(Progress):
    def __init__(self, total_disk: int, err: TextIO):
        super().__init__(total_disk)
        self.err = err
        self.last = self.started

    def update(self) -> None:
        now = time.perf_counter()
        if now - self.last >= PLAIN_EVERY_SECONDS:
            self.last = now
            self.err.write(f"lintnews corpus: {self.line()}\n")
            self.err.flush()


class BarProgress(Progress):
    def __init__(self, total_disk: int, err: TextIO):
        super().__init__(total_disk)
        # rich is slow to import: loaded only when a bar is drawn on a terminal.
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self.bar = RichProgress(
            TextColumn("[bold]lintnews corpus"),
            BarColumn(),
            TextColumn("{task.fields[docs]:,} docs  {task.fields[rate]:,.0f} docs/s"),
            TextColumn("{task.fields[mbs]:.2f} MB/s"),
            TimeRemainingColumn(),
            console=Console(file=err),
            transient=True,
        )
        self.task: Any = self.bar.add_task("lint", total=self.total_disk, docs=0, rate=0.0, mbs=0.0)
        self.bar.start()

    def update(self) -> None:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.bar.update(
            self.task,
            completed=min(self.disk, self.total_disk),
            docs=self.docs,
            rate=self.docs / elapsed,
            mbs=self.text_bytes / 1e6 / elapsed,
        )

    def close(self) -> None:
        self.bar.stop()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def make_progress(total_disk: int, bar: bool | None, err: TextIO, *, quiet: bool) -> Progress:
    if quiet:
        return Progress(total_disk)
    if bar is None:
        bar = hasattr(err, "isatty") and err.isatty()
    return BarProgress(total_disk, err) if bar else PlainProgress(total_disk, err)
