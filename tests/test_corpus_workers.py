"""Corpus workers are forked (fast, sharing what the main process loaded) only from a process
that runs no other thread; otherwise they are spawned."""

from __future__ import annotations

import multiprocessing
import sys
import threading

import pytest

from lintnews.corpus import runner


def test_workers_fork_only_from_a_single_threaded_process() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    if threading.active_count() == 1 and "pyarrow" not in sys.modules:
        assert runner._start_method().get_start_method() == "fork"
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert runner._start_method().get_start_method() == "spawn"
    finally:
        release.set()
        other.join()
