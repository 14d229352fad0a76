"""The generic half of `python -m <package> wait|get`: arguments, credentials from the environment, waiting
for many ids at once, reading a status once, and `--json` output. Ctrl-C prints the results so far (exit 130).
Outcomes and exit codes are in `cli_outcomes.py`, the
progress display in `cli_progress.py`; the names are re-exported here for the package's `__main__`.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `__main__` (rendered from the
spec) supplies the provider's parameters, credentials and which waiter to call. Standard library only.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import os
import sys
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from .cli_outcomes import (
    EXIT_AUTH,
    EXIT_CODES_HELP,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NEEDS_ACTION,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    M,
    Outcome,
    Reader,
    exit_code,
    get_exit_code,
    outcome_of_error,
)
from .cli_pipe import reader_gone
from .cli_progress import Display, ticking
from .params import PathRule
from .polling import Lifecycle, PollPolicy, ProcessNotFound, RetryCallback
from .redact import redact_url
from .urls import url_problem

__all__ = [
    "EXIT_AUTH",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
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
    "RetryCallback",
    "Settings",
    "add_command",
    "converter",
    "exit_code",
    "get_each",
    "get_exit_code",
    "outcome_of_error",
    "wait_bulk",
    "wait_each",
]


class ConfigError(Exception):
    """Configuration the command cannot run with (exit 2); the message names what to set."""


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
        settings = Settings(
            credentials={keyword: env[name] for keyword, name in self.credentials.items()},
            base_url=base_url or env.get(self.base_url) or self.default_base_url,
            optional={name: env.get(name) or default for name, default in self.optional.items()},
        )
        urls = {"--base-url" if base_url else self.base_url: settings.base_url}
        urls.update({name: value for name, value in settings.optional.items() if name.endswith("_URL")})
        for name, value in urls.items():
            problem = url_problem(value)
            if problem:
                raise ConfigError(f"{name}: {problem}")
        return settings

    def notices(self, environ: Mapping[str, str] | None = None, *, base_url: str | None = None) -> list[str]:
        """What to say once on stderr before a run: each URL that comes from its default, not from the
        environment (a mistyped variable would otherwise send to production in silence), and each set
        variable with the package's prefix that the package does not read but resembles one it does."""
        env = os.environ if environ is None else environ
        lines: list[str] = []
        defaults = {self.base_url: self.default_base_url} if not base_url else {}
        defaults.update({name: value for name, value in self.optional.items() if name.endswith("_URL")})
        for name, value in defaults.items():
            if not env.get(name):
                what = "server" if name == self.base_url else "token URL" if name.endswith("TOKEN_URL") else name
                lines.append(f"note: using the default {what} {redact_url(value)} ({name} is not set)")
        known = [*self.credentials.values(), *self.optionals()]
        prefix = self.base_url[: self.base_url.rfind("_") + 1] if "_" in self.base_url else self.base_url
        prefix = prefix.removesuffix("BASE_")
        for name in sorted(env):
            if name.startswith(prefix) and name not in known:
                close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
                if close:
                    lines.append(f"note: {name} is set but not read; did you mean {close[0]}?")
        return lines

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


def checked(annotation: str, rule: PathRule | None = None) -> Callable[[str], str]:
    """An argparse `type=` that checks the text converts and that the spec's schema allows it (`rule`), but
    keeps it as typed (ids are reported as given): a refused id is a usage error (exit 2) naming it."""
    parse = converter(annotation)

    def check(text: str) -> str:
        value = parse(text)
        problem = rule.problem(value) if rule is not None else None
        if problem is not None:
            raise argparse.ArgumentTypeError(problem)
        return text

    check.__name__ = annotation
    return check


def url(text: str) -> str:
    """An argparse `type=` for a URL the SDK can speak (http or https, with a host): else exit 2 at once."""
    problem = url_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be positive (seconds)")
    return value


def parser(
    *,
    prog: str,
    description: str,
    environment: Environment,
    id_metavar: str,
    id_annotation: str,
    id_rule: PathRule | None = None,
    version: str = "",
    extend: Callable[[Any, str], None] | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The command's parser and its subcommands by name (`wait`, `get`; the caller adds provider options
    to each, and dispatches on `args.command`); `extend(subparsers, epilog)` adds further commands
    (`track`, `cli_track.py`)."""
    epilog = f"{environment.help()}\n\n{EXIT_CODES_HELP}"
    top = argparse.ArgumentParser(
        prog=prog, description=description, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    if version:
        top.add_argument("--version", action="version", version=f"%(prog)s {version}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    get = commands.add_parser(
        "get",
        help="print the current status once",
        description="Ask once for the current status of each process (no waiting, no retries).",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    get.add_argument("ids", nargs="+", metavar=id_metavar, type=checked(id_annotation, id_rule), help="process to read")
    get.add_argument(
        "--timeout", type=positive, default=30.0, metavar="S", help="give up a request after S seconds (30)"
    )
    get.add_argument("--json", action="store_true", help="print one JSON document with every status on stdout")
    get.add_argument(
        "--base-url", default=None, type=url, metavar="URL", help=f"API base URL (default: ${environment.base_url})"
    )
    get.set_defaults(quiet=True, interval=None)
    wait = commands.add_parser(
        "wait",
        help="wait until processes finish",
        description="Wait until every process is finished; print a live progress display on stderr.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    wait.add_argument(
        "ids", nargs="+", metavar=id_metavar, type=checked(id_annotation, id_rule), help="process to wait for"
    )
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
        "--base-url", default=None, type=url, metavar="URL", help=f"API base URL (default: ${environment.base_url})"
    )
    wait.add_argument("--quiet", action="store_true", help="no progress display")
    if extend is not None:
        extend(commands, epilog)
    return top, {"wait": wait, "get": get}


def add_command(top: argparse.ArgumentParser, name: str, **options: Any) -> argparse.ArgumentParser:
    """Another subcommand beside `wait` and `get`: a parser the caller fills in, with the same help
    layout; dispatch it through the package `__main__`'s `COMMANDS`."""
    action = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    options.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
    options.setdefault("epilog", top.epilog)
    added: argparse.ArgumentParser = action.add_parser(name, **options)
    return added


def policy(interval: float | None) -> PollPolicy | None:
    """`--interval` as a poll policy; None keeps the waiter's default (the spec's interval, if any)."""
    return PollPolicy(initial=interval) if interval is not None else None


async def wait_each(
    ids: Sequence[str],
    wait_one: Callable[[str, ProgressCallback[M], RetryCallback], Awaitable[M]],
    reader: Reader[M],
    display: Display,
) -> list[Outcome]:
    """Wait for every id concurrently (`wait_one(id, on_progress, on_retry)` on one shared client); the
    outcomes in the order of `ids`."""

    async def one(ident: str) -> Outcome:
        def on_progress(model: M, state: Lifecycle) -> None:
            display.seen(ident, state, reader.status(model), reader.progress(model))

        def on_retry(reason: str, tries: int) -> None:
            display.retrying(ident, reason, tries)

        try:
            outcome = reader.outcome(ident, await wait_one(ident, on_progress, on_retry))
        except Exception as error:
            outcome = outcome_of_error(ident, error, reader)
        display.finish(outcome)
        return outcome

    async def every() -> list[Outcome]:
        return list(await asyncio.gather(*(one(i) for i in ids)))

    return await ticking(display, every())


async def get_each(ids: Sequence[str], get_one: Callable[[str], Awaitable[M]], reader: Reader[M]) -> list[Outcome]:
    """`get`: read each id's status once, concurrently; the outcomes in the order of `ids`."""

    async def one(ident: str) -> Outcome:
        try:
            return reader.outcome(ident, await get_one(ident))
        except Exception as error:
            return outcome_of_error(ident, error, reader)

    return list(await asyncio.gather(*(one(i) for i in ids)))


async def wait_bulk(
    ids: Sequence[str],
    wait_many: Callable[
        [Callable[[dict[str, M], int], None], RetryCallback, Callable[[str, M, Lifecycle], None]],
        Awaitable[dict[str, M]],
    ],
    reader: Reader[M],
    display: Display,
) -> list[Outcome]:
    """Wait for many ids through a bulk waiter (`wait_many(on_progress, on_retry, on_status)` -> {id: final
    status}); ids the wait did not finish get the outcome of its error (timeout, expired...)."""
    finished: dict[str, M] = {}

    def on_retry(reason: str, tries: int) -> None:
        display.retrying(None, reason, tries)

    def on_status(ident: str, model: M, state: Lifecycle) -> None:
        display.seen(ident, state, reader.status(model), reader.progress(model))

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
            finished.update(await wait_many(on_progress, on_retry, on_status))
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

    return await ticking(display, every())


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
    summarise: Callable[[Sequence[Outcome]], int] = exit_code,
) -> int:
    """Read the environment, run the waits with a display on stderr, print the results, and return the
    exit code (`summarise`; 2 for a configuration error, before any request). Ctrl-C stops the waits,
    prints what is known so far (`interrupted` for the unfinished ids) and returns 130, no traceback."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        settings = environment.read(environ, base_url=base_url)
    except ConfigError as error:
        err.write(f"error: {error}\n")
        return EXIT_USAGE
    for line in environment.notices(environ, base_url=base_url):
        err.write(line + "\n")
    display = Display(ids, err, quiet=quiet)
    try:
        outcomes = asyncio.run(run(settings, display))
    except KeyboardInterrupt:
        display.close()
        err.write("interrupted: the results so far\n")
        _report(display.so_far(), as_json=as_json, stdout=out)
        return EXIT_INTERRUPTED
    _report(outcomes, as_json=as_json, stdout=out)
    return summarise(outcomes)


def _report(outcomes: Sequence[Outcome], *, as_json: bool, stdout: TextIO) -> None:
    """`report`, ending quietly when stdout's reader went away (`| head -3`); the exit code is still the
    outcomes'."""
    try:
        report(outcomes, as_json=as_json, stdout=stdout)
    except BrokenPipeError:
        reader_gone(stdout)
