"""The progress display of `python -m <package> wait` on stderr.

Part of asyncstatus-core, the runtime every generated package depends on (see `cli.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TextIO

from .cli_outcomes import Outcome
from .polling import Lifecycle


def _short(ident: str, keep: int = 12) -> str:
    """An id short enough for the progress line (a UUID's first characters say which it is)."""
    return ident if len(ident) <= keep + 1 else ident[:keep] + "…"


# The outcomes that are a process's own end; a timeout, an error or a missing record is not "finished".
FINISHED = frozenset(state.value for state in Lifecycle if state.is_terminal)
WAITING = "waiting"  # an id no answer has been read for yet
SHOWN_SLOWEST = 2


class Display:
    """Progress on a stream (stderr): on a terminal one line redrawn in place (`\\r`), a bar of finished
    processes (or of the percentage, for one id that reports it) with the elapsed time, how many ids stand in
    each state, the ids that have stood longest in theirs, and the latest event; elsewhere one line per status
    change; nothing when quiet."""

    def __init__(
        self,
        ids: Sequence[str],
        stream: TextIO,
        *,
        quiet: bool = False,
        tty: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int = 20,
    ) -> None:
        self.ids = list(ids)
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty() if tty is None else tty
        self.clock = clock
        self.start = clock()
        self.width = width
        self.last: dict[str, tuple[str, Any, float | None]] = {}
        self.since: dict[str, float] = {}  # when each id entered its current state
        self.done: dict[str, Outcome] = {}
        self.latest = ""
        self.drawn = False

    def elapsed(self) -> str:
        return f"{self.clock() - self.start:.0f}s"

    def seen(self, ident: str, lifecycle: Lifecycle, status: Any, percent: float | None) -> None:
        """A status answer for `ident`; shown when it differs from the last one."""
        state = (lifecycle.value, status, percent)
        if self.last.get(ident) == state:
            if self.tty:
                self.draw()
            return
        if self.last.get(ident, ("",))[0] != lifecycle.value:
            self.since[ident] = self.clock()
        self.last[ident] = state
        shown = f"{ident}: {status if status is not None else lifecycle.value}"
        if percent is not None:
            shown += f" {percent:.0f}%"
        self.latest = shown
        if self.quiet:
            return
        if self.tty:
            self.draw()
        elif not lifecycle.is_terminal:  # a terminal status is shown by finish()
            named = f" ({lifecycle.value})" if status is not None and str(status) != lifecycle.value else ""
            self.write(f"[{self.clock() - self.start:6.1f}s] {shown}{named}\n")

    def retrying(self, ident: str | None, reason: str, tries: int) -> None:
        """A failed try that will be retried (connection refused, a 503...): shown, so a stuck wait says why."""
        who = f"{ident}: " if ident is not None else ""
        self.latest = f"{who}retrying: {reason}, {tries} {'try' if tries == 1 else 'tries'}"
        if self.quiet:
            return
        if self.tty:
            self.draw()
        else:
            self.write(f"[{self.clock() - self.start:6.1f}s] {self.latest}\n")

    def so_far(self) -> list[Outcome]:
        """The outcomes of the finished ids, and `interrupted` (with the last status seen) for the others."""
        outcomes: list[Outcome] = []
        for ident in self.ids:
            done = self.done.get(ident)
            if done is None:
                _, status, percent = self.last.get(ident, ("", None, None))
                done = Outcome(ident, "interrupted", status=status, progress=percent)
            outcomes.append(done)
        return outcomes

    def finish(self, outcome: Outcome) -> None:
        self.done[outcome.id] = outcome
        self.latest = outcome.describe()
        if self.quiet:
            return
        if self.tty:
            self.draw()
        else:
            self.write(f"[{self.clock() - self.start:6.1f}s] {outcome.describe()}\n")

    def state_of(self, ident: str) -> str:
        done = self.done.get(ident)
        if done is not None:
            return done.lifecycle
        return self.last.get(ident, (WAITING,))[0] or WAITING

    def counts(self) -> str:
        """How many ids stand in each state: `2 pending, 1 succeeded, 1 waiting`."""
        order = [WAITING, *(state.value for state in Lifecycle)]  # earliest stage first
        tally = Counter(self.state_of(ident) for ident in self.ids)
        ranked = sorted(tally, key=lambda word: (order.index(word) if word in order else len(order), word))
        return ", ".join(f"{tally[word]} {word}" for word in ranked)

    def slowest(self) -> str:
        """The unfinished ids that have stood longest in their state: `slowest: a (pending 20s), b (...)`."""
        now = self.clock()
        waiting = [ident for ident in self.ids if ident not in self.done]
        waiting.sort(key=lambda ident: self.since.get(ident, self.start))
        shown = [
            f"{_short(ident)} ({self.state_of(ident)} {now - self.since.get(ident, self.start):.0f}s)"
            for ident in waiting[:SHOWN_SLOWEST]
        ]
        return f"slowest: {', '.join(shown)}" if shown else ""

    def line(self) -> str:
        total = len(self.ids)
        finished = sum(1 for outcome in self.done.values() if outcome.lifecycle in FINISHED)
        percent = self.last.get(self.ids[0], ("", None, None))[2] if total == 1 else None
        if total == 1 and percent is not None and not self.done:
            fraction, label = percent / 100.0, f"{percent:3.0f}%"
        else:
            fraction, label = finished / total if total else 1.0, f"{finished}/{total} finished"
        filled = max(0, min(self.width, round(fraction * self.width)))
        bar = "#" * filled + "-" * (self.width - filled)
        parts = [f"[{bar}] {label}", self.elapsed()]
        if total > 1:
            parts += [self.counts(), self.slowest()]
        elif self.done and self.done[self.ids[0]].lifecycle not in FINISHED:
            parts.append(self.counts())  # e.g. "1 timeout": the bar alone would not say why it is not full
        parts.append(self.latest)
        return "  ".join(part for part in parts if part).rstrip()

    def draw(self) -> None:
        if self.quiet or not self.tty:
            return
        columns = shutil.get_terminal_size((100, 20)).columns
        self.write("\r" + self.line()[: max(10, columns - 1)] + "\x1b[K")
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.write("\n")
            self.drawn = False

    def write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    async def tick(self, every: float = 0.5) -> None:
        """Redraw (for the elapsed time) until cancelled; only on a terminal."""
        if self.quiet or not self.tty:
            return
        while True:
            self.draw()
            await asyncio.sleep(every)


async def ticking(display: Display, work: Awaitable[list[Outcome]]) -> list[Outcome]:
    """Run `work` while the display redraws, and close the display after."""
    ticker = asyncio.create_task(display.tick())
    try:
        return await work
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker
        display.close()
