"""The process store's pace is one hook (`ProcessStore.progress`): by default a process reaches its final status
on its `steps`-th read; a pace given by time (a duration per process) replaces it without touching the store or
the mocks."""

from __future__ import annotations

from mocks.lifecycle import Lifecycle, Process, ProcessStore, steps_per_read
from providers import KEYS


def test_the_default_pace_is_steps_per_read() -> None:
    for key in KEYS:
        lifecycle = Lifecycle.from_spec(key)
        store = ProcessStore(lifecycle)
        assert store.progress is steps_per_read
        final = lifecycle.terminal[0]
        process = store.create(final, 3)
        seen = [store.read(process.id).status for _ in range(4)]  # type: ignore[union-attr]
        assert seen[2:] == [final, final] and final not in seen[:2], (key, seen)


def test_a_time_based_pace_replaces_the_steps() -> None:
    now = [0.0]

    def after_seconds(lifecycle: Lifecycle, process: Process, at: float, reads: int) -> str:
        """Finished `steps` seconds after it was created, whatever the number of reads."""
        return process.final_status if at - process.created >= process.steps else lifecycle.initial()

    for key in KEYS:
        lifecycle = Lifecycle.from_spec(key)
        store = ProcessStore(lifecycle, clock=lambda: now[0], progress=after_seconds)
        final = lifecycle.terminal[0]
        now[0] = 100.0
        process = store.create(final, 5)
        for _ in range(10):
            assert store.read(process.id).status == lifecycle.initial()  # type: ignore[union-attr]
        now[0] = 105.0
        read = store.read(process.id)
        assert read is not None and read.status == final and read.finished_at == 105.0
