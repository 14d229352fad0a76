"""The stop rule of `track_push.PushJoin` on the store's clock (a fake one, SQLite and PostgreSQL): a flow of ends with
10% of the pushes dropped and 5% sent twice is no stop, even when it ends abruptly; a subscription disabled late
in a sweep interval is found within one sweep (by the early sweep its silence brings), and one disabled early in
the interval by the sweep that follows."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

import pytest
from asyncstatus_core.polling import PollPolicy
from asyncstatus_core.track_push import PushJoin
from asyncstatus_core.track_store import Finished, Row, Store, open_store

SCOPE = "stop-rule"
SWEEP = 10.0
RATE = 10  # ends a second


@dataclasses.dataclass
class World:
    """A fake clock shared by the store and the join; processes ending at RATE a second, pushed unless dropped."""

    store: Store
    join: PushJoin
    now: list[float]
    delivering: bool = True
    rng: random.Random = dataclasses.field(default_factory=lambda: random.Random(23))
    unannounced: list[str] = dataclasses.field(default_factory=list)  # ended, not pushed, not yet read
    last_sweep: float = 0.0
    counter: int = 0
    probe: bool = False  # the join brought the sweep forward (Store.sweep_now)

    def tick(self, seconds: float, *, ending: bool = True) -> None:
        """`seconds` of ends (when `ending`), the join's round every 0.1 s, a sweep on its interval."""
        for _ in range(round(seconds * 10)):
            self.now[0] += 0.1
            if ending:
                self.counter += 1
                pid = f"p{self.counter}"
                dropped = not self.delivering or self.rng.random() < 0.10
                if dropped:
                    self.unannounced.append(pid)
                else:
                    copies = 2 if self.rng.random() < 0.05 else 1
                    self.store.record_pushes(SCOPE, [(pid, "SUCCESS")] * copies)
            self.join.refresh()
            if self.probe or self.now[0] - self.last_sweep >= SWEEP - 1e-9:
                self.probe = False
                self.sweep()

    def sweep(self) -> None:
        """A round of reads: every unannounced end found, each last read (running) at the previous sweep."""
        batch = {pid: row(pid, self.last_sweep) for pid in self.unannounced}
        finished = [Finished(pid, "succeeded", "SUCCESS", None, 2) for pid in self.unannounced]
        self.unannounced = []
        self.last_sweep = self.now[0]
        self.join.settled(batch, finished, None)

    @property
    def stopped(self) -> bool:
        state = self.store.push_state(SCOPE)
        return state is not None and state.stopped_at is not None


def row(pid: str, running_at: float) -> Row:
    unfinished = (None,) * 7  # finished_at, lifecycle, status, final, source, acked_at, kind
    return Row(pid, {}, 0.0, None, 0.0, "w", 1, 1, "PENDING", None, *unfinished, running_at)


@pytest.fixture
def world(store_url: str) -> Iterator[World]:
    now = [1000.0]
    store = open_store(store_url)
    store._wall = lambda: now[0]
    store._offset = 0.0
    join = PushJoin(store, SCOPE, sweep=SWEEP, policy=PollPolicy(), clock=lambda: now[0])
    w = World(store, join, now, last_sweep=now[0])
    sweep_now = store.sweep_now

    def probe(scope: str) -> int:
        w.probe = True
        return sweep_now(scope)

    store.sweep_now = probe  # type: ignore[method-assign]
    join.refresh(force=True)
    yield w
    store.close()


def test_a_flow_with_drops_and_duplicates_is_no_stop_even_when_it_ends_abruptly(world: World) -> None:
    world.tick(60.0)
    assert not world.stopped
    world.tick(40.0, ending=False)  # nothing finishes any more: a long silence, one early sweep, no stop
    assert not world.stopped


def test_a_subscription_disabled_late_in_the_interval_is_found_within_one_sweep(world: World) -> None:
    world.tick(30.0)
    world.tick(SWEEP - 1.0)  # 1 s before the next sweep
    disabled = world.now[0]
    world.delivering = False
    while not world.stopped:
        world.tick(0.1)
        assert world.now[0] - disabled <= SWEEP, "not found stopped within one sweep"


def test_a_subscription_disabled_early_in_the_interval_is_found_within_one_sweep(world: World) -> None:
    world.tick(30.0)
    world.tick(1.0)  # 1 s after a sweep
    disabled = world.now[0]
    world.delivering = False
    while not world.stopped:
        world.tick(0.1)
        assert world.now[0] - disabled <= SWEEP, "not found stopped within one sweep"
