"""The progress display of `python -m <package> wait` on stderr.

Part of asyncstatus-core, the runtime every generated package depends on (see `cli.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TextIO

from .cli_outcomes import Outcome
from .polling import Lifecycle


class Display:
    """Progress on a stream (stderr): on a terminal one line redrawn in place (`\\r`), a bar of finished
    ids (or of the percentage, for one id that reports it) with the elapsed time and the latest event;
    elsewhere one line per status change; nothing when quiet."""

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
                done = Outcome(
                    ident, "interrupted", status=status, progress=percent, error="interrupted before it finished"
                )
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

    def line(self) -> str:
        total = len(self.ids)
        finished = len(self.done)
        percent = self.last.get(self.ids[0], ("", None, None))[2] if total == 1 else None
        if total == 1 and percent is not None and not finished:
            fraction, label = percent / 100.0, f"{percent:3.0f}%"
        else:
            fraction, label = finished / total if total else 1.0, f"{finished}/{total} done"
        filled = max(0, min(self.width, round(fraction * self.width)))
        bar = "#" * filled + "-" * (self.width - filled)
        return f"[{bar}] {label}  {self.elapsed()}  {self.latest}".rstrip()

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
