"""`asyncstatus`: the core's console command, one tracker for every installed SDK.

Each generated package declares itself in the `asyncstatus.providers` entry points (its `__main__.TRACK`,
a `cli_track.TrackCommand`: the provider's scope in the store, how to check an id, how to build its
tracker from the environment's credentials). So one worker serves every provider on one store, each
under its own client and rate budget:

    asyncstatus providers                            # the installed SDKs, by key
    asyncstatus track add bol 1234567 2345678        # ids of one provider (`-` reads stdin)
    asyncstatus track run --until-idle               # polls every provider that has unfinished processes
    asyncstatus track status | outcomes [--ack]      # every provider's, or --provider KEY's

`python -m <package> track ...` keeps working for one provider; a provider whose ids take other parameters
(`--customer`, ...) is added there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from importlib.metadata import entry_points
from typing import TextIO

from . import __version__
from .cli_outcomes import EXIT_OK, EXIT_USAGE
from .cli_track import (
    ADD_HELP,
    DEFAULT_STORE,
    STORE_ENV,
    TRACK_HELP,
    TrackCommand,
    add_lag_option,
    add_push_option,
    run_trackers,
    store_url,
)
from .cli_track import main as track_main
from .track_store import StoreError, open_store, shown_url

__all__ = ["ENTRY_POINTS", "installed", "main"]

ENTRY_POINTS = "asyncstatus.providers"


def installed() -> dict[str, TrackCommand]:
    """The installed SDKs' track commands by provider key (entry points that do not load are left out)."""
    found: dict[str, TrackCommand] = {}
    for point in entry_points(group=ENTRY_POINTS):
        try:
            command = point.load()
        except Exception:  # a broken or half-installed SDK must not stop the others
            continue
        if isinstance(command, TrackCommand):
            found[point.name] = command
    return dict(sorted(found.items()))


def _parser(keys: Sequence[str]) -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(
        prog="asyncstatus", description=__doc__.splitlines()[0], epilog=TRACK_HELP, formatter_class=fmt
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("providers", help="list the installed SDKs")
    track = commands.add_parser(
        "track", help="durable tracking for every installed SDK", epilog=TRACK_HELP, formatter_class=fmt
    )
    actions = track.add_subparsers(dest="track_command", required=True, metavar="ACTION")
    store_help = f"the store (default: ${STORE_ENV}, else {DEFAULT_STORE}); or postgresql://user@host:port/db"
    choices = list(keys) or None
    add = actions.add_parser(
        "add", help="track ids of one provider", description=ADD_HELP, epilog=TRACK_HELP, formatter_class=fmt
    )
    add.add_argument(
        "provider", choices=choices, metavar="PROVIDER", help=f"one of: {', '.join(keys) or 'none installed'}"
    )
    add.add_argument("ids", nargs="+", metavar="ID", help="process ids; `-` reads them from stdin, one a line")
    add.add_argument("--store", metavar="URL", help=store_help)
    add.add_argument("--timeout", type=float, default=86400.0, metavar="S", help="end as timed-out after S seconds")
    run = actions.add_parser(
        "run", help="poll every provider's due processes (a worker)", epilog=TRACK_HELP, formatter_class=fmt
    )
    run.add_argument("--store", metavar="URL", help=store_help)
    run.add_argument(
        "--provider", action="append", choices=choices, metavar="KEY", help="only this provider (repeatable)"
    )
    run.add_argument("--until-idle", action="store_true", help="exit once no tracked process is unfinished")
    run.add_argument("--interval", type=float, default=None, metavar="S", help="first delay between polls of a process")
    add_lag_option(run)
    add_push_option(run)
    run.add_argument("--quiet", action="store_true", help="no progress display")
    run.set_defaults(base_url=None)
    for name, what in (("status", "counts by state, per provider"), ("outcomes", "print finished processes")):
        action = actions.add_parser(name, help=what, epilog=TRACK_HELP, formatter_class=fmt)
        action.add_argument("--store", metavar="URL", help=store_help)
        action.add_argument("--provider", action="append", choices=choices, metavar="KEY", help="only this provider")
        action.add_argument("--json", action="store_true", help="JSON output")
        if name == "outcomes":
            action.add_argument(
                "--ack", action="store_true", help="acknowledge what is printed, in the same transaction (shared)"
            )
    return top


def _busy(url: str, commands: Mapping[str, TrackCommand]) -> list[str]:
    """The providers with unfinished processes in the store."""
    store = open_store(url)
    try:
        return [key for key, command in commands.items() if store.counts(command.scope)["unfinished"]]
    finally:
        store.close()


def main(
    argv: Sequence[str] | None = None,
    *,
    commands: Mapping[str, TrackCommand] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    available = dict(installed() if commands is None else commands)
    args = _parser(list(available)).parse_args(argv)
    if args.command == "providers":
        for key, command in available.items():
            out.write(f"{key}\t{command.scope}\n")
        return EXIT_OK
    chosen = [args.provider] if args.track_command == "add" else (args.provider or list(available))
    if not chosen:
        err.write("error: no asyncstatus SDK is installed (pip install one of the generated packages)\n")
        return EXIT_USAGE
    if args.track_command == "run":
        url = store_url(args.store)
        try:
            keys = [key for key in _busy(url, {k: available[k] for k in chosen})] if not args.provider else chosen
        except StoreError as error:
            err.write(f"error: {error}\n")
            return EXIT_USAGE
        if not keys:
            err.write(f"nothing to track in {shown_url(url)}: every tracked process has an outcome\n")
            return EXIT_OK
        return run_trackers(args, [available[key] for key in keys], url, err)
    if args.track_command == "add":
        command = available[args.provider]
        if command.options:
            flags = " ".join(f"--{name.replace('_', '-')} ..." for name in command.options)
            err.write(
                f"error: {args.provider}'s ids take {flags}: add them with `python -m {command.scope} track add`\n"
            )
            return EXIT_USAGE
        return track_main(args, command, stdout=out, stderr=err)
    code = EXIT_OK
    for key in chosen:
        if len(chosen) > 1 and not args.json:
            out.write(f"{key}:\n")
        code = max(code, track_main(args, available[key], stdout=out, stderr=err))
    return code


if __name__ == "__main__":
    sys.exit(main())
