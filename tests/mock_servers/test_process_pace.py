"""The process store's pace is one hook (`ProcessStore.progress`). The default (`on_time`): a process created with a
duration reaches its final status at a time, whatever it is read, the store's speed compressing process time; one
created without a duration reaches it on its `steps`-th read (the per-read mode)."""

from __future__ import annotations

import pytest
from mocks.lifecycle import QUEUED, Lifecycle, Process, ProcessStore, on_time
from providers import KEYS


def test_without_a_duration_a_process_finishes_on_its_steps_th_read() -> None:
    for key in KEYS:
        lifecycle = Lifecycle.from_spec(key)
        store = ProcessStore(lifecycle)
        assert store.progress is on_time
        final = lifecycle.terminal[0]
        process = store.create(final, 3)
        seen = [store.read(process.id).status for _ in range(4)]  # type: ignore[union-attr]
        assert seen[2:] == [final, final] and final not in seen[:2], (key, seen)
        assert store.fraction(process) is None


@pytest.mark.parametrize("key", KEYS)
def test_with_a_duration_a_process_finishes_at_its_time_whatever_the_reads(key: str) -> None:
    now = [1000.0]
    lifecycle = Lifecycle.from_spec(key)
    store = ProcessStore(lifecycle, clock=lambda: now[0])
    final = lifecycle.terminal[0]
    process = store.create(final, 1, duration=60.0)
    for _ in range(20):  # reads do not move it
        assert store.read(process.id).status != final  # type: ignore[union-attr]
    assert process.status == lifecycle.initial()  # still in its first tenth
    now[0] += 60.0 * QUEUED + 1
    running = store.read(process.id)
    assert running is not None and running.status != final
    if lifecycle.running:
        assert running.status == lifecycle.running[0]
    now[0] = 1059.9
    assert store.read(process.id).status != final  # type: ignore[union-attr]
    assert store.fraction(process) == pytest.approx(59.9 / 60)
    now[0] = 1075.0  # read late: finished at its time, not at the read
    read = store.read(process.id)
    assert read is not None and read.status == final and read.finished_at == 1060.0


def test_the_speed_compresses_process_time() -> None:
    now = [0.0]
    lifecycle = Lifecycle.from_spec("bol")
    store = ProcessStore(lifecycle, clock=lambda: now[0], speed=60.0)
    process = store.create("SUCCESS", 1, duration=120.0)  # two minutes of process time: two seconds
    now[0] = 1.99
    assert store.read(process.id).status == "PENDING"  # type: ignore[union-attr]
    now[0] = 2.0
    assert store.read(process.id).status == "SUCCESS"  # type: ignore[union-attr]


@pytest.mark.parametrize("speed", [0, -1.0, float("inf"), float("nan")])
def test_a_speed_that_is_not_positive_is_refused(speed: float) -> None:
    with pytest.raises(ValueError, match="speed"):
        ProcessStore(Lifecycle.from_spec("bol"), speed=speed)


def test_a_negative_duration_is_refused_by_the_store() -> None:
    store = ProcessStore(Lifecycle.from_spec("bol"))
    with pytest.raises(ValueError, match="duration"):
        store.create("SUCCESS", 1, duration=-1.0)


def test_a_process_made_to_end_in_a_pending_status_never_shows_running() -> None:
    now = [0.0]
    lifecycle = Lifecycle.from_spec("realtimeregister")
    store = ProcessStore(lifecycle, clock=lambda: now[0])
    process = store.create("VALIDATED", 1, duration=10.0)
    seen = set()
    for t in range(12):
        now[0] = float(t)
        seen.add(store.read(process.id).status)  # type: ignore[union-attr]
    assert seen <= {lifecycle.initial(), "VALIDATED"} and "VALIDATED" in seen


def test_a_custom_pace_replaces_the_default() -> None:
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
