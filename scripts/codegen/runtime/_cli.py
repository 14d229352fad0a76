"""The generic half of `python -m <package> wait`: arguments, credentials from the environment, waiting
for many ids at once, the progress display, `--json` output and the exit codes.

Hand-written runtime copied into every generated package; the package's `__main__` (rendered from the
spec) supplies the provider's parameters, credentials and which waiter to call. Standard library only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TextIO, TypeVar

from ._auth import AuthenticationError
from ._polling import (
    AuthenticationFailed,
    Lifecycle,
    PollPolicy,
    ProcessNotFound,
    UnexpectedAnswer,
    WaitError,
    WaitTimeout,
    dig,
)

__all__ = [
    "EXIT_AUTH",
    "EXIT_FAILED",
    "EXIT_NEEDS_ACTION",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "ConfigError",
    "Display",
    "Environment",
    "Outcome",
    "Reader",
    "Settings",
    "converter",
    "exit_code",
    "outcome_of_error",
    "wait_bulk",
    "wait_each",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_TIMEOUT = 3
EXIT_NEEDS_ACTION = 4
EXIT_NOT_FOUND = 5
EXIT_AUTH = 6

# The exit code of each outcome's lifecycle word.
CODES: dict[str, int] = {
    Lifecycle.SUCCEEDED.value: EXIT_OK,
    Lifecycle.FAILED.value: EXIT_FAILED,
    Lifecycle.CANCELLED.value: EXIT_FAILED,
    "error": EXIT_FAILED,  # an answer the waiter cannot act on (e.g. 400)
    Lifecycle.NEEDS_ACTION.value: EXIT_NEEDS_ACTION,
    "timeout": EXIT_TIMEOUT,
    "not-found": EXIT_NOT_FOUND,
    "expired": EXIT_NOT_FOUND,
    "auth-refused": EXIT_AUTH,
}
# When outcomes mix, the first of these present wins: refused credentials make every other result
# meaningless; a definite failure beats a process waiting for someone; a missing record beats a
# timeout (waiting longer might help a timeout, never the others).
PRIORITY: tuple[int, ...] = (EXIT_AUTH, EXIT_FAILED, EXIT_NEEDS_ACTION, EXIT_NOT_FOUND, EXIT_TIMEOUT)

EXIT_CODES_HELP = """\
exit codes:
  0  every process succeeded
  1  a process failed or was cancelled, or an answer could not be used (e.g. 400)
  2  usage or configuration error (bad arguments, a missing environment variable)
  3  the timeout passed before a process finished
  4  a process needs action (stopped until someone acts, e.g. SUSPENDED)
  5  a process was not found (unknown id, or its record expired)
  6  the credentials were refused
  when outcomes mix, the first present of 6, 1, 4, 5, 3 is the exit code"""


class ConfigError(Exception):
    """Configuration the command cannot run with (exit 2); the message names what to set."""


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)
ProgressCallback = Callable[[M, Lifecycle], None]


@dataclass(frozen=True)
class Settings:
    """What the environment gave: credentials by create_client keyword, the base URL, optional values."""

    credentials: dict[str, str] = field(repr=False)
    base_url: str
    optional: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Environment:
    """The environment variables of a package: credentials (create_client keyword -> variable), the
    base URL and any other optional variables (name -> default)."""

    credentials: Mapping[str, str]
    base_url: str
    default_base_url: str
    optional: Mapping[str, str] = field(default_factory=dict)

    def read(self, environ: Mapping[str, str] | None = None, *, base_url: str | None = None) -> Settings:
        """The settings from the environment (`base_url`, from `--base-url`, wins over the variable);
        ConfigError naming every missing credential variable. Values are never part of a message."""
        env = os.environ if environ is None else environ
        missing = [name for name in self.credentials.values() if not env.get(name)]
        if missing:
            raise ConfigError(
                f"missing environment variable{'s' if len(missing) > 1 else ''}: {', '.join(missing)} "
                f"(required: {', '.join(self.credentials.values())}; optional: {', '.join(self.optionals())})"
            )
        return Settings(
            credentials={keyword: env[name] for keyword, name in self.credentials.items()},
            base_url=base_url or env.get(self.base_url) or self.default_base_url,
            optional={name: env.get(name) or default for name, default in self.optional.items()},
        )

    def optionals(self) -> list[str]:
        return [self.base_url, *self.optional]

    def help(self) -> str:
        lines = ["environment:"]
        lines += [f"  {name}  (required)" for name in self.credentials.values()]
        lines.append(f"  {self.base_url}  (optional, default {self.default_base_url})")
        lines += [f"  {name}  (optional, default {default})" for name, default in self.optional.items()]
        return "\n".join(lines)


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "int": int,
    "float": float,
    "UUID": uuid.UUID,
    "str": str,
}


def convert(text: str, annotation: str) -> Any:
    """`text` as the parameter type openapi-python-client gives it (`int`, `int | UUID`, `str`...):
    the first alternative that accepts it. ValueError if none does."""
    for kind in (k.strip() for k in annotation.split("|")):
        convert_one = _CONVERTERS.get(kind, str)
        try:
            return convert_one(text)
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not {' or '.join(k.strip() for k in annotation.split('|'))}")


def converter(annotation: str) -> Callable[[str], Any]:
    """An argparse `type=` for a parameter of this annotation (errors become usage errors, exit 2)."""

    def parse(text: str) -> Any:
        try:
            return convert(text, annotation)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = annotation
    return parse


def checked(annotation: str) -> Callable[[str], str]:
    """An argparse `type=` that checks the text converts but keeps it as typed (ids are reported as given)."""
    parse = converter(annotation)

    def check(text: str) -> str:
        parse(text)
        return text

    check.__name__ = annotation
    return check


def positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be positive (seconds)")
    return value


def parser(
    *, prog: str, description: str, environment: Environment, id_metavar: str, id_annotation: str
) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The command's parser and its `wait` subcommand (the caller adds provider options to the latter)."""
    epilog = f"{environment.help()}\n\n{EXIT_CODES_HELP}"
    top = argparse.ArgumentParser(
        prog=prog, description=description, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wait = commands.add_parser(
        "wait",
        help="wait until processes finish",
        description="Wait until every process is finished; print a live progress display on stderr.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    wait.add_argument("ids", nargs="+", metavar=id_metavar, type=checked(id_annotation), help="process to wait for")
    wait.add_argument("--timeout", type=positive, default=600.0, metavar="S", help="give up after S seconds (600)")
    wait.add_argument(
        "--interval",
        type=positive,
        default=None,
        metavar="S",
        help="first delay between polls in seconds (growing with backoff; default: the waiter's)",
    )
    wait.add_argument("--json", action="store_true", help="print one JSON document with every result on stdout")
    wait.add_argument(
        "--base-url", default=None, metavar="URL", help=f"API base URL (default: ${environment.base_url})"
    )
    wait.add_argument("--quiet", action="store_true", help="no progress display")
    return top, wait


def policy(interval: float | None) -> PollPolicy | None:
    """`--interval` as a poll policy; None keeps the waiter's default (the spec's interval, if any)."""
    return PollPolicy(initial=interval) if interval is not None else None


@dataclass
class Outcome:
    """How the wait for one id ended."""

    id: str
    lifecycle: str  # a Lifecycle value, or timeout | not-found | expired | auth-refused | error
    status: Any = None  # the raw status value of the last answer seen
    answer: dict[str, Any] | None = None  # the last answer (to_dict()) when the process finished
    error: str | None = None
    progress: float | None = None

    @property
    def code(self) -> int:
        return CODES.get(self.lifecycle, EXIT_FAILED)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "lifecycle": self.lifecycle}
        if self.status is not None:
            out["status"] = self.status
        if self.answer is not None:
            out["answer"] = self.answer
        if self.error is not None:
            out["error"] = self.error
        return out

    def describe(self) -> str:
        status = f" ({self.status})" if self.status is not None and self.status != self.lifecycle else ""
        error = f": {self.error}" if self.error else ""
        return f"{self.id}: {self.lifecycle}{status}{error}"


def exit_code(outcomes: Iterable[Outcome]) -> int:
    """0 when every outcome succeeded, else the code of the highest-priority outcome present."""
    codes = {o.code for o in outcomes}
    return next((code for code in PRIORITY if code in codes), EXIT_OK)


@dataclass(frozen=True)
class Reader(Generic[M]):
    """What the command reads from a status model, given by the package's `waiters` module."""

    lifecycle: Callable[[M], Lifecycle]
    progress: Callable[[M], float | None]
    pointer: tuple[str, ...]

    def status(self, model: M) -> Any:
        return dig(model.to_dict(), self.pointer)

    def outcome(self, ident: str, model: M) -> Outcome:
        return Outcome(
            ident,
            self.lifecycle(model).value,
            status=self.status(model),
            answer=model.to_dict(),
            progress=self.progress(model),
        )


def outcome_of_error(ident: str, error: BaseException, reader: Reader[Any] | None = None) -> Outcome:
    """The outcome of a wait that raised instead of returning a terminal status."""
    message = str(error)
    if isinstance(error, WaitTimeout):
        last = error.last
        status = reader.status(last) if reader is not None and last is not None else None
        return Outcome(ident, "timeout", status=status, error=message)
    if isinstance(error, ProcessNotFound):
        return Outcome(ident, "expired" if error.expired else "not-found", error=message)
    if isinstance(error, AuthenticationFailed | AuthenticationError):
        return Outcome(ident, "auth-refused", error=message)
    if isinstance(error, UnexpectedAnswer | WaitError):
        return Outcome(ident, "error", error=message)
    return Outcome(ident, "error", error=f"{type(error).__name__}: {message}")


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


async def _ticking(display: Display, work: Awaitable[list[Outcome]]) -> list[Outcome]:
    ticker = asyncio.create_task(display.tick())
    try:
        return await work
    finally:
        ticker.cancel()
        try:
            await ticker
        except asyncio.CancelledError:
            pass
        display.close()


async def wait_each(
    ids: Sequence[str],
    wait_one: Callable[[str, ProgressCallback[M]], Awaitable[M]],
    reader: Reader[M],
    display: Display,
) -> list[Outcome]:
    """Wait for every id concurrently (`wait_one(id, on_progress)` on one shared client); the outcomes
    in the order of `ids`."""

    async def one(ident: str) -> Outcome:
        def on_progress(model: M, state: Lifecycle) -> None:
            display.seen(ident, state, reader.status(model), reader.progress(model))

        try:
            outcome = reader.outcome(ident, await wait_one(ident, on_progress))
        except Exception as error:
            outcome = outcome_of_error(ident, error, reader)
        display.finish(outcome)
        return outcome

    async def every() -> list[Outcome]:
        return list(await asyncio.gather(*(one(i) for i in ids)))

    return await _ticking(display, every())


async def wait_bulk(
    ids: Sequence[str],
    wait_many: Callable[[Callable[[dict[str, M], int], None]], Awaitable[dict[str, M]]],
    reader: Reader[M],
    display: Display,
) -> list[Outcome]:
    """Wait for many ids through a bulk waiter (`wait_many(on_progress)` -> {id: final status}); ids
    the wait did not finish get the outcome of its error (timeout, expired...)."""
    finished: dict[str, M] = {}

    def on_progress(done: dict[str, M], total: int) -> None:
        for ident, model in done.items():
            if ident not in finished:
                finished[ident] = model
                display.finish(reader.outcome(ident, model))
        if display.tty:
            display.draw()

    async def every() -> list[Outcome]:
        failure: BaseException | None = None
        missing: set[str] = set()
        try:
            finished.update(await wait_many(on_progress))
        except ProcessNotFound as error:
            failure, missing = error, set(error.ids)
            if isinstance(error.found, dict):
                finished.update(error.found)
        except Exception as error:
            failure = error
        outcomes: list[Outcome] = []
        for ident in ids:
            if ident in finished:
                outcome = reader.outcome(ident, finished[ident])
            elif failure is not None and (not missing or ident in missing):
                outcome = outcome_of_error(ident, failure, reader)
                display.finish(outcome)
            else:
                outcome = Outcome(ident, "error", error="no answer for this id")
                display.finish(outcome)
            outcomes.append(outcome)
        return outcomes

    return await _ticking(display, every())


def report(outcomes: Sequence[Outcome], *, as_json: bool, stdout: TextIO) -> None:
    """`--json`: one document `{"results": [...]}`; else one line per id."""
    if as_json:
        json.dump({"results": [o.to_json() for o in outcomes]}, stdout, indent=2, default=str)
        stdout.write("\n")
    else:
        for outcome in outcomes:
            stdout.write(outcome.describe() + "\n")
    stdout.flush()


def unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def main(
    run: Callable[[Settings, Display], Coroutine[Any, Any, list[Outcome]]],
    *,
    environment: Environment,
    base_url: str | None,
    ids: Sequence[str],
    quiet: bool,
    as_json: bool,
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Read the environment, run the waits with a display on stderr, print the results, and return the
    exit code (2 for a configuration error, before any request)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        settings = environment.read(environ, base_url=base_url)
    except ConfigError as error:
        err.write(f"error: {error}\n")
        return EXIT_USAGE
    display = Display(ids, err, quiet=quiet)
    outcomes = asyncio.run(run(settings, display))
    report(outcomes, as_json=as_json, stdout=out)
    return exit_code(outcomes)
