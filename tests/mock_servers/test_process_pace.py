"""The process store's pace is one hook (`ProcessStore.progress`). The default (`on_time`): a process created with a
duration reaches its final status at a time, whatever it is read, the store's speed compressing process time; one
created without a duration reaches it on its `steps`-th read (the per-read mode)."""

from __future__ import annotations

import time

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


def test_the_finisher_finishes_a_timed_process_at_its_time_without_a_read() -> None:
    """`finish_due` (the finisher thread's step): a timed process past its end is finished and `on_finish` fires once,
    unread; a later read does not fire it again; a per-read process and one not yet due are left alone."""
    now = [100.0]
    lifecycle = Lifecycle.from_spec("bol")
    store = ProcessStore(lifecycle, clock=lambda: now[0])
    told: list[str] = []
    store.on_finish = lambda p: told.append(p.id)
    early = store.create("SUCCESS", 1, duration=5.0)
    late = store.create("FAILURE", 1, duration=50.0)
    per_read = store.create("SUCCESS", 1)
    assert store.finish_due() == [] and told == []
    now[0] = 106.0
    assert [p.id for p in store.finish_due()] == [early.id]
    assert told == [early.id] and early.reads == 0 and early.status == "SUCCESS" and early.finished_at == 105.0
    store.read(early.id)
    assert told == [early.id]  # finished once
    assert late.finished_at is None and per_read.finished_at is None


def test_the_finisher_thread_pushes_on_the_mocks_clock() -> None:
    """The running thread: 2,000 timed processes, each finished (and `on_finish` called once) around its end time."""
    lifecycle = Lifecycle.from_spec("bol")
    store = ProcessStore(lifecycle, speed=100.0)
    told: list[tuple[str, float]] = []
    store.on_finish = lambda p: told.append((p.id, store.clock() - (p.ends or 0.0)))
    store.start_finisher()
    try:
        made = [store.create("SUCCESS", 1, duration=10.0 + (i % 20)) for i in range(2000)]  # ends 0.1..0.29 s
        deadline = time.monotonic() + 10
        while len(told) < len(made) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        store.stop_finisher()
    assert sorted(i for i, _ in told) == sorted(p.id for p in made)
    assert all(p.reads == 0 and p.finished_at == p.ends for p in made)
    assert all(late >= 0 for _, late in told)
