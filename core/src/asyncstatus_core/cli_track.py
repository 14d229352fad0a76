"""`python -m <package> track add|run|outcomes|status`: durable tracking from the command line.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `__main__` adds the provider's
options and supplies how to build its `Tracker` (a client from the environment's credentials). Only `run`
talks to the provider, so only `run` needs credentials; the others read and write the store alone.
The store is `--store URL`, else `$ASYNCSTATUS_STORE`, else a SQLite file in the working directory.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from .cli_outcomes import EXIT_AUTH, EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE
from .cli_pipe import reader_gone
from .polling import AuthenticationFailed, UnexpectedAnswer
from .schedule import DEFAULT_LAG_PER_REQUEST, MIN_HISTORY, check_lag_per_request
from .track_push import check_push_sweep
from .track_store import TRACKER_LOGGER, Row, Store, StoreError, open_store
from .tracker import DEFAULT_RETENTION, MAX_ID_LENGTH, Outcome, RunReport, checked_ids, track_ids

__all__ = [
    "ADD_HELP",
    "DEFAULT_STORE",
    "STORE_ENV",
    "TrackCommand",
    "add_parsers",
    "main",
    "run_trackers",
    "store_url",
]

STORE_ENV = "ASYNCSTATUS_STORE"
DEFAULT_STORE = "sqlite:///asyncstatus-track.db"


class _Tracker(Protocol):
    @property
    def store(self) -> Store: ...

    def run(self, *, until_idle: bool = False, max_seconds: float | None = None) -> RunReport: ...

    def counts(self) -> dict[str, Any]: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


def store_url(given: str | None, environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return given or env.get(STORE_ENV) or DEFAULT_STORE


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be positive (seconds)")
    return value


def _lag(text: str) -> float:
    """`--lag-per-request`: seconds of lag one request is worth (the learned schedules' knob)."""
    try:
        return check_lag_per_request(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a positive number of seconds (the lag one request is worth, e.g. "
            f"{DEFAULT_LAG_PER_REQUEST:g})"
        ) from None


def add_lag_option(run: argparse.ArgumentParser) -> None:
    """`--lag-per-request` on a `track run` parser (a package's, and `asyncstatus track run`)."""
    run.add_argument(
        "--lag-per-request",
        type=_lag,
        default=DEFAULT_LAG_PER_REQUEST,
        metavar="S",
        help="seconds of detection lag one request is worth: once a process type has "
        f"{MIN_HISTORY} finished in the store, its reads follow the schedule learned from them "
        f"(larger: fewer requests, later outcomes; default {DEFAULT_LAG_PER_REQUEST:g})",
    )


def _push_sweep(text: str) -> float:
    """`--push-sweep`: seconds between reads of the processes no push announced, while push is alive."""
    try:
        seconds = check_push_sweep(text, option="--push-sweep")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds") from None
    assert seconds is not None
    return seconds


def add_push_option(run: argparse.ArgumentParser) -> None:
    """`--push-sweep` on a `track run` parser (a package's, and `asyncstatus track run`)."""
    run.add_argument(
        "--push-sweep",
        type=_push_sweep,
        default=None,
        metavar="S",
        help="push is on (the provider's pushes are received into the store): pushed processes are confirmed by "
        "one read at once, and the others are read at most once every S seconds while pushes keep arriving; when "
        "they stop (a disabled subscription, a receiver down), polling returns to its normal schedule",
    )


def _sweep(
    trackers: Sequence[tuple[str, _Tracker]], commands: Sequence[TrackCommand], seconds: float | None, stderr: TextIO
) -> None:
    """`--push-sweep` given to the engine of each provider that pushes (a package's `Tracker` holds it as `engine`):
    a provider that pushes nothing keeps its normal schedule (else its processes would wait for a sweep until the
    stop rule found that no push comes)."""
    if seconds is None:
        return
    pushing = {command.scope for command in commands if command.pushes}
    for scope, tracker in trackers:
        engine = getattr(tracker, "engine", tracker)
        if scope in pushing and hasattr(engine, "sweep_pushes"):
            engine.sweep_pushes(seconds)
    others = [scope for scope, _ in trackers if scope not in pushing]
    if others:
        stderr.write(f"--push-sweep: {', '.join(others)} push nothing; polled on the normal schedule\n")


# `track`'s own exit codes and store variable (its `--help` epilog; `wait`'s codes do not apply to it).
TRACK_HELP = f"""store: --store URL, else ${STORE_ENV}, else {DEFAULT_STORE} (in the working directory)

exit codes of track:
  0    the action was done (`run --until-idle`: every tracked process has an outcome, whatever it is;
       read them with `track outcomes`)
  2    bad input (an id that cannot be tracked, a missing credential variable), an unusable store, or
       a base URL the server has no route for (`run`: the ids stay tracked, none is marked not-found);
       `run` waits out a store that is down, restarting or locked, and goes on (at its start for up to 120 s)
  6    the credentials were refused (`run`)
  130  interrupted (Ctrl-C); a worker's leases are given back"""


ADD_HELP = f"""Track process ids durably. Each id is stripped of surrounding white space and must be non-empty,
valid UTF-8, free of control characters and at most {MAX_ID_LENGTH} characters (and of the operation's type).
One bad id refuses the whole add: every bad id is named with where it came from (argument N, stdin line N)
and nothing is added, so the corrected input can simply be given again (adding is idempotent)."""


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], *, epilog: str, id_metavar: str, base_url_env: str
) -> argparse.ArgumentParser:
    """The `track` command and its actions under `commands` (argparse subparsers); returns `track add`, to
    which the caller adds the operation's other parameters."""
    fmt = argparse.RawDescriptionHelpFormatter
    epilog = epilog.replace(EXIT_CODES_HELP, TRACK_HELP) if EXIT_CODES_HELP in epilog else f"{epilog}\n\n{TRACK_HELP}"
    track = commands.add_parser(
        "track",
        help="track processes durably in a store (add, run, outcomes, status)",
        description="Track processes in a store that survives restarts; any number of `track run` workers share it.",
        epilog=epilog,
        formatter_class=fmt,
    )
    actions = track.add_subparsers(dest="track_command", required=True, metavar="ACTION")
    store_help = f"the store (default: ${STORE_ENV}, else {DEFAULT_STORE}); or postgresql://user@host:port/db"

    add = actions.add_parser(
        "add",
        help="track ids (durable, idempotent)",
        description=ADD_HELP,
        epilog=epilog,
        formatter_class=fmt,
    )
    add.add_argument("ids", nargs="+", metavar=id_metavar, help="process ids; `-` reads them from stdin, one a line")
    add.add_argument("--store", metavar="URL", help=store_help)
    add.add_argument(
        "--timeout", type=_positive, default=86400.0, metavar="S", help="end as timed-out after S seconds (86400)"
    )

    run = actions.add_parser("run", help="poll the due processes (a worker)", epilog=epilog, formatter_class=fmt)
    run.add_argument("--store", metavar="URL", help=store_help)
    run.add_argument(
        "--until-idle",
        action="store_true",
        help="exit once no tracked process is unfinished (taking over those of workers that died)",
    )
    run.add_argument(
        "--interval", type=_positive, default=None, metavar="S", help="first delay between polls of a process"
    )
    add_lag_option(run)
    add_push_option(run)
    run.add_argument("--base-url", default=None, metavar="URL", help=f"API base URL (default: ${base_url_env})")
    run.add_argument("--quiet", action="store_true", help="no progress display")

    outcomes = actions.add_parser("outcomes", help="print finished processes", epilog=epilog, formatter_class=fmt)
    outcomes.add_argument("--store", metavar="URL", help=store_help)
    outcomes.add_argument(
        "--json", action="store_true", help="JSON Lines: id, lifecycle, status, polls, times, final, source"
    )
    outcomes.add_argument(
        "--ack",
        action="store_true",
        help="acknowledge what is printed, in the same transaction (not printed again; two at once share them)",
    )

    status = actions.add_parser("status", help="counts by state, oldest pending, throughput", epilog=epilog)
    status.add_argument("--store", metavar="URL", help=store_help)
    status.add_argument("--json", action="store_true", help="one JSON document")
    return add


@dataclass(frozen=True)
class TrackCommand:
    """What the package's `__main__` supplies."""

    scope: str  # the package (several providers can share one store)
    check_id: Callable[[str], object]  # raises ValueError for text that is not an id
    params: Callable[[argparse.Namespace], dict[str, Any]]  # the operation's other parameters, from `track add`
    # A tracker for `track run` (reads credentials; ValueError naming a missing variable: exit 2).
    tracker: Callable[[argparse.Namespace, str], _Tracker]
    # The operation's other parameters `track add` needs as options (`customer`): `asyncstatus track add`
    # cannot take them and sends the user to `python -m <package> track add`.
    options: tuple[str, ...] = ()
    pushes: bool = False  # the provider pushes (the package has a `push` module): `--push-sweep` applies to it


def _ids(given: Sequence[str], stdin: TextIO) -> list[tuple[str, str]]:
    """The ids as given, each with where it came from ("argument 2", "stdin line 7"), `-` replaced by stdin's
    non-blank lines (checked by `tracker.checked_ids`). Stdin is read as bytes where it can be: a line that is
    not UTF-8 is then a bad id named by its line, not a UnicodeDecodeError for the whole input."""
    ids: list[tuple[str, str]] = []
    for position, item in enumerate(given, start=1):
        if item == "-":
            source = getattr(stdin, "buffer", None)
            lines: Iterable[str] = (
                (raw.decode("utf-8", "surrogateescape") for raw in source) if source is not None else stdin
            )
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    ids.append((f"stdin line {number}", line))
        else:
            ids.append((f"argument {position}", item))
    return ids


def _line(counts: Mapping[str, Any], report: RunReport, started: float) -> str:
    total = counts["unfinished"] + counts["finished"] + counts["acknowledged"]
    lifecycles = ", ".join(f"{k} {v}" for k, v in counts["lifecycles"].items()) or "none finished"
    elapsed = max(1e-9, time.monotonic() - started)
    extra = "".join(
        f", {name} {value}"
        for name, value in (
            ("retries", report.retries),
            ("failed token calls", report.token_failures),
            ("store outages", report.store_outages),
        )
        if value
    )
    return (
        f"tracked {total}: {counts['unfinished']} unfinished; {lifecycles}; requests {report.requests}, "
        f"throttled {report.throttled}{extra}, {report.requests / elapsed:.1f} requests/s"
    )


def _merged(counts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The counts of several providers' scopes as one (the progress line of a multi-provider worker)."""
    merged: dict[str, Any] = {"unfinished": 0, "finished": 0, "acknowledged": 0, "lifecycles": {}}
    for one in counts:
        for name in ("unfinished", "finished", "acknowledged"):
            merged[name] += one[name]
        for name, count in one["lifecycles"].items():
            merged["lifecycles"][name] = merged["lifecycles"].get(name, 0) + count
    return merged


def _run(args: argparse.Namespace, command: TrackCommand, url: str, stderr: TextIO) -> int:
    return run_trackers(args, [command], url, stderr)


STARTUP_PATIENCE = 120.0  # seconds `track run` waits for a store that is down when it starts (a restart)


def _opened(command: TrackCommand, args: argparse.Namespace, url: str, stderr: TextIO) -> _Tracker:
    """The command's tracker, waiting (with backoff, saying so) while the store is down: a worker started
    during a database restart goes on once it is back. A configuration error (a bad URL, refused credentials,
    a newer schema), or a store still down after `STARTUP_PATIENCE` seconds, is the StoreError that ends it."""
    started = time.monotonic()
    delay = 0.5
    while True:
        try:
            tracker = command.tracker(args, url)
            if delay > 0.5:
                stderr.write(f"{time.strftime('%H:%M:%S')} {command.scope}: store recovered: the store answers again\n")
            return tracker
        except StoreError as error:
            if not error.transient or time.monotonic() - started + delay > STARTUP_PATIENCE:
                raise
            stderr.write(
                f"{time.strftime('%H:%M:%S')} {command.scope}: store unavailable: {error}; "
                f"trying again in {delay:.1f}s\n"
            )
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


def run_trackers(args: argparse.Namespace, commands: Sequence[TrackCommand], url: str, stderr: TextIO) -> int:
    """`track run` for one or several providers on one store: each provider's tracker (its own client and
    budget) polls in a thread of its own, slice by slice, and one progress line sums them up."""
    trackers: list[tuple[str, _Tracker]] = []
    try:
        for command in commands:
            trackers.append((command.scope, _opened(command, args, url, stderr)))
    except ValueError as error:  # a missing credential variable (the package's ConfigError, as ValueError)
        for _, tracker in trackers:
            tracker.close()
        stderr.write(f"error: {error}\n")
        return EXIT_USAGE
    _sweep(trackers, commands, getattr(args, "push_sweep", None), stderr)
    handler = _log_to(stderr)
    total = RunReport()
    said: dict[str, str] = {}
    last: dict[str, Any] = {"unfinished": -1, "finished": 0, "acknowledged": 0, "lifecycles": {}}
    started = time.monotonic()
    tty = stderr.isatty()
    slice_seconds = 1.0 if tty else 10.0
    try:
        with ThreadPoolExecutor(max_workers=len(trackers), thread_name_prefix="asyncstatus-track") as pool:
            try:
                while True:
                    futures = [
                        pool.submit(tracker.run, until_idle=args.until_idle, max_seconds=slice_seconds)
                        for _, tracker in trackers
                    ]
                    events: list[str] = []
                    for future in futures:
                        report = future.result()
                        for name in _SUMMED:
                            setattr(total, name, getattr(total, name) + getattr(report, name))
                        events.extend(report.events)
                    counts = _counts(trackers)
                    if counts is None:  # the store is down: the workers say so and wait for it
                        counts = last
                    last = counts
                    if not args.quiet:
                        for event in _changes(events, said):  # retries, outages, recovery: as `wait` says them
                            stderr.write(f"\r{event}\x1b[K\n" if tty else f"{time.strftime('%H:%M:%S')} {event}\n")
                        line = _line(counts, total, started)
                        stderr.write(f"\r{line}\x1b[K" if tty else f"{time.strftime('%H:%M:%S')} {line}\n")
                        stderr.flush()
                    if args.until_idle and counts["unfinished"] == 0:
                        break
            except BaseException:  # Ctrl-C or a refused credential: the other providers' threads stop too
                for _, tracker in trackers:
                    tracker.stop()
                raise
    except AuthenticationFailed as error:
        stderr.write(f"\nerror: {error}\n")
        return EXIT_AUTH
    except UnexpectedAnswer as error:  # a 404 for a path the server does not route: a wrong base URL
        stderr.write(f"\nerror: {error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        stderr.write("\ninterrupted; leases given back\n")
        return 130
    finally:
        for _, tracker in trackers:
            tracker.close()
        if handler is not None:
            logging.getLogger(TRACKER_LOGGER).removeHandler(handler)
    if tty and not args.quiet:
        stderr.write("\n")
    return EXIT_OK


def _log_to(stderr: TextIO) -> logging.Handler | None:
    """The store's warnings (a clock that differs from the database's) on stderr, unless the program set up
    logging itself; the tracker's events are shown from the run reports instead (on a line of their own)."""
    logger = logging.getLogger(TRACKER_LOGGER)
    if logger.handlers or logging.getLogger().handlers:
        return None
    handler = logging.StreamHandler(stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("\r%(message)s\x1b[K" if stderr.isatty() else "%(asctime)s %(message)s"))
    handler.addFilter(lambda record: not getattr(record, "event", False))
    logger.addHandler(handler)
    return handler


_SUMMED = ("requests", "throttled", "outcomes", "status_reads", "retries", "token_failures", "store_outages")


def _counts(trackers: Sequence[tuple[str, _Tracker]]) -> dict[str, Any] | None:
    try:
        return _merged([tracker.store.counts(scope) for scope, tracker in trackers])
    except StoreError as error:
        if not error.transient:
            raise
        return None


def _changes(events: Sequence[str], said: dict[str, str]) -> list[str]:
    """The events worth a line: the first of each kind per provider and source, and every recovery; repeats of
    an ongoing outage are summed up by the progress line's retry count instead of a line each."""
    shown: list[str] = []
    for event in events:
        head = event.split(":", 2)
        key = ":".join(head[:2])
        if "recovered" in event:
            said.clear()
            shown.append(event)
        elif key not in said:
            said[key] = event
            shown.append(event)
    return shown


def _push_line(push: Mapping[str, Any]) -> str:
    """`track status`'s push line: on or stopped, and when the last push came."""
    last = push.get("last_push_at")
    when = "none received yet" if last is None else f"last push {_clock(last)} ({push['last_push_age']:.0f}s ago)"
    if push.get("state") == "stopped":
        return f"push: STOPPED since {_clock(push['stopped_at'])} ({when}); polling on the normal schedule"
    return f"push: on, {when}, {push.get('pushes', 0)} received"


def _clock(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime(at))


def _describe(outcome: Outcome) -> str:
    status = f" ({outcome.status})" if outcome.status is not None else ""
    error = f": {outcome.error}" if outcome.error and outcome.lifecycle in ("not-found", "timed-out") else ""
    took = outcome.finished_at - outcome.added_at
    return f"{outcome.id}: {outcome.lifecycle}{status}, {outcome.polls} polls, {took:.1f}s{error}"


def main(
    args: argparse.Namespace,
    command: TrackCommand,
    *,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one `track` action; exit 0, 2 (`EXIT_USAGE`) for bad input or an unusable store, 6 (`EXIT_AUTH`) for
    refused credentials, 130 when interrupted."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    url = store_url(args.store, environ)
    try:
        if args.track_command == "run":
            return _run(args, command, url, err)
        if args.track_command == "add":
            given = _ids(args.ids, stdin or sys.stdin)
            try:
                ids = checked_ids(given)
            except ValueError as error:
                err.write(f"error: {error}\n")
                return EXIT_USAGE
            where: dict[str, str] = {}
            for place, raw in given:
                where.setdefault(raw.strip(), place)
            bad = []
            for ident in ids:
                try:
                    command.check_id(ident)  # the spec's type for the id (a UUID, an integer)
                except ValueError as error:
                    bad.append(f"  {where.get(ident, '?')}: {ident[:40]!r} ({error})")
            if bad:  # every one named, nothing added (as `checked_ids`)
                err.write(f"error: {len(bad)} id(s) are not process ids (nothing was added):\n" + "\n".join(bad) + "\n")
                return EXIT_USAGE
            store = open_store(url)
            try:
                added = track_ids(store, command.scope, ids, command.params(args), timeout=args.timeout)
            except ValueError as error:
                err.write(f"error: {error}\n")
                return EXIT_USAGE
            finally:
                store.close()
            err.write(f"tracking {added} new of {len(ids)} ids in {store.url}\n")
            return EXIT_OK
        store = open_store(url)
        try:
            if args.track_command == "status":
                counts = store.counts(command.scope)
                if args.json:
                    out.write(json.dumps(counts, sort_keys=True) + "\n")
                else:
                    for name in ("pending", "leased", "finished", "acknowledged"):
                        out.write(f"{name}: {counts[name]}\n")
                    for name, count in counts["lifecycles"].items():
                        out.write(f"  {name}: {count}\n")
                    age = counts["oldest_unfinished_age"]
                    out.write(f"oldest unfinished: {'none' if age is None else f'{age:.0f}s old'}\n")
                    out.write(f"throughput: {counts['finished_per_second']:.2f} outcomes/s over the last minute\n")
                    if "push" in counts:
                        out.write(_push_line(counts["push"]) + "\n")
                return EXIT_OK

            def emit(rows: Sequence[Row]) -> None:
                for row in rows:
                    outcome = Outcome.of(row)
                    out.write((json.dumps(outcome.to_json(), default=str) if args.json else _describe(outcome)) + "\n")
                out.flush()

            if args.ack:
                # Claimed and acknowledged in the transaction that prints them: a second `--ack` at once gets
                # the others, and a failure before the commit acknowledges nothing.
                store.take_outcomes(command.scope, f"track outcomes {os.getpid()}", emit)
                store.purge(command.scope, before=store.now() - DEFAULT_RETENTION)
            else:
                emit(store.outcomes(command.scope))
            return EXIT_OK
        finally:
            store.close()
    except StoreError as error:
        err.write(f"error: {error}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `track outcomes | head -3`: stop writing and exit quietly, as the Unix tools do
        reader_gone(out)
        return EXIT_OK
