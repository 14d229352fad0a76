"""The push commands of a package's CLI: `receive` (run the package's receiver with uvicorn), where the provider has
them `subscriptions list|show|create|test|delete|enable` (each change waited for as the process it is), and where
it keeps a notification queue `drain` (poll, record, acknowledge: `asyncstatus_core.track_queue`).

Part of asyncstatus-core; the package's `__main__` wires its own receiver and subscription functions in. uvicorn is
an optional dependency (`pip install "asyncstatus-core[push]"`): without it, `receive` says so and exits 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

from .cli_track import DEFAULT_STORE, STORE_ENV
from .errors import SDKError
from .track_queue import DrainReport, QueueDrainer, QueueError, describe

__all__ = [
    "QueueParam",
    "add_drain_parser",
    "add_receive_parser",
    "add_subscriptions_parser",
    "drain_values",
    "run_drain",
    "run_subscriptions",
    "serve",
]

_FMT = argparse.RawDescriptionHelpFormatter


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"not a TCP port: {text!r}")
    return int(text)


def add_receive_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], *, epilog: str, title: str, key_env: str | None
) -> argparse.ArgumentParser:
    """`receive`: serve the package's receiver alone (behind your TLS-terminating proxy: providers post HTTPS)."""
    key_help = f"\n\nThe shared signing key is read from ${key_env}." if key_env else ""
    receive = commands.add_parser(
        "receive",
        help="run the push receiver (uvicorn)",
        description=f"Receive {title}'s pushed events and record them in the tracker's store.{key_help}",
        epilog=epilog,
        formatter_class=_FMT,
    )
    receive.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    receive.add_argument("--port", type=_port, default=8080, help="port to listen on (8080)")
    receive.add_argument("--path", default="/", help="the one path served (/): the path of the URL you subscribe")
    receive.add_argument(
        "--store", metavar="URL", help=f"the tracker's store (default: ${STORE_ENV}, else {DEFAULT_STORE})"
    )
    receive.add_argument("--base-url", default=None, metavar="URL", help="API base URL (for the signature keys)")
    return receive


def serve(app: Any, *, host: str, port: int, stderr: TextIO | None = None) -> int:
    """Run `app` with uvicorn until interrupted; 2 when uvicorn is not installed."""
    try:
        import uvicorn
    except ImportError:
        print('receive needs uvicorn: pip install "asyncstatus-core[push]"', file=stderr or sys.stderr)
        return 2
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)  # the receiver logs what matters
    return 0


def add_subscriptions_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], *, epilog: str, title: str
) -> argparse.ArgumentParser:
    subs = commands.add_parser(
        "subscriptions",
        help="manage push subscriptions (list, show, create, test, delete, enable)",
        description=(
            f"Manage {title}'s push subscriptions. Every change is an asynchronous process on the provider: "
            "the command waits for it and prints its final status."
        ),
        epilog=epilog,
        formatter_class=_FMT,
    )
    actions = subs.add_subparsers(dest="subscriptions_command", required=True, metavar="ACTION")
    for name, what, arg in (
        ("list", "list the subscriptions and whether each is enabled", None),
        ("show", "one subscription", "ID"),
        ("create", "subscribe the receiver's public HTTPS URL", "URL"),
        ("test", "ask the provider to send a test event", "ID"),
        ("delete", "remove a subscription", "ID"),
        ("enable", "re-enable a subscription the provider disabled", "ID"),
    ):
        action = actions.add_parser(name, help=what, epilog=epilog, formatter_class=_FMT)
        if arg:
            action.add_argument("target", metavar=arg)
        action.add_argument("--timeout", type=float, default=300.0, metavar="S", help="wait at most S seconds (300)")
        action.add_argument("--json", action="store_true", help="print JSON on stdout")
        action.add_argument("--base-url", default=None, metavar="URL", help="API base URL")
    return subs


Action = Callable[[str | None, float], Coroutine[Any, Any, Any]]


def run_subscriptions(
    action: str, target: str | None, timeout: float, actions: Mapping[str, Action], *, as_json: bool, stdout: TextIO
) -> int:
    """Run one action; 0 when it ended well, 1 when the provider's process failed, 2 on a refusal or error."""
    try:
        result: Any = asyncio.run(actions[action](target, timeout))
    except Exception as error:  # the SDK's errors and SubscriptionError: a message, not a traceback
        print(f"subscriptions {action}: {error}", file=sys.stderr)
        return 2
    data = _plain(result)
    if as_json:
        print(json.dumps(data, indent=2, default=str), file=stdout)
    else:
        for line in _lines(action, data):
            print(line, file=stdout)
    if isinstance(data, dict) and data.get("status") in ("FAILURE", "TIMEOUT"):
        return 1
    return 0


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _lines(action: str, data: Any) -> list[str]:
    if isinstance(data, list):
        if not data:
            return ["no subscriptions"]
        return [_subscription_line(item) for item in data]
    if isinstance(data, dict) and "subscriptionType" in data:
        return [_subscription_line(data)]
    if isinstance(data, dict):
        shown = f"{action}: {data.get('status')} (process {data.get('processStatusId')})"
        if data.get("entityId"):
            shown += f", subscription {data['entityId']}"
        if data.get("errorMessage"):
            shown += f": {data['errorMessage']}"
        return [shown]
    return [str(data)]


def _subscription_line(item: Mapping[str, Any]) -> str:
    state = "DISABLED by the provider or created disabled" if item.get("enabled") is False else "enabled"
    resources = ",".join(str(r) for r in item.get("resources", []))
    return f"{item.get('id')}  {item.get('subscriptionType')}  {resources}  {item.get('url')}  {state}"


# --- drain ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueParam:
    """A value the queue's operations need from the user (Realtime Register's `customer`): its option and variable."""

    name: str  # the keyword of the package's create_drainer, and the option --<name with dashes>
    env: str  # the environment variable read when the option is not given
    description: str


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


def add_drain_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    *,
    epilog: str,
    title: str,
    params: Sequence[QueueParam],
    base_url_env: str,
) -> argparse.ArgumentParser:
    """`drain`: poll the provider's notification queue, record each pushed status in the tracker's store, then
    acknowledge it (a worker beside `track run`, instead of reading every process)."""
    # The package's epilog lists the environment, then the waiting commands' exit codes: drain has its own.
    environment = epilog.split("\nexit codes:")[0].rstrip()
    codes = (
        "exit codes:\n  0  stopped as asked (--until-empty, --max-seconds, Ctrl-C)\n  2  a usage, configuration, store"
    )
    codes += " or request error, or a request the provider refuses\n  6  the credentials were refused"
    drain = commands.add_parser(
        "drain",
        help="drain the provider's notification queue into the tracker's store",
        description=(
            f"Poll {title}'s notification queue, record the status each notification pushes in the tracker's store "
            "(one transaction), and acknowledge it only once it is stored: a notification the store could not take "
            "stays queued. Run it beside `track run`, which confirms each pushed status with one read. Every "
            "notification is acknowledged, including those about processes not tracked here: the provider shows the "
            "oldest until it is acknowledged, so drain only a queue nothing else reads."
        ),
        epilog=f"{environment}\n\n{codes}",
        formatter_class=_FMT,
    )
    for p in params:
        about = f"{p.description.rstrip('.')} (default: ${p.env})"
        drain.add_argument(f"--{p.name.replace('_', '-')}", dest=p.name, metavar=p.name.upper(), help=about)
    drain.add_argument(
        "--store", metavar="URL", help=f"the tracker's store (default: ${STORE_ENV}, else {DEFAULT_STORE})"
    )
    drain.add_argument("--base-url", default=None, metavar="URL", help=f"API base URL (default: ${base_url_env})")
    drain.add_argument("--until-empty", action="store_true", help="stop when the queue answers empty")
    drain.add_argument("--max-seconds", type=_seconds, default=None, metavar="S", help="stop after S seconds")
    drain.add_argument(
        "--interval",
        type=_seconds,
        default=15.0,
        metavar="S",
        help="seconds between reads while notifications keep coming; each takes all that came meanwhile (15)",
    )
    drain.add_argument(
        "--idle-max",
        type=_seconds,
        default=60.0,
        metavar="S",
        help="an empty queue is polled again after the interval, doubled up to S seconds (60)",
    )
    return drain


def drain_values(
    args: argparse.Namespace, params: Sequence[QueueParam], environ: Mapping[str, str]
) -> dict[str, str] | str:
    """The queue's values from the options, else the environment; a message naming the first one missing."""
    values: dict[str, str] = {}
    for p in params:
        given = getattr(args, p.name, None) or environ.get(p.env, "")
        if not given.strip():
            about = p.description[:1].lower() + p.description[1:].rstrip(".")
            return f"give --{p.name.replace('_', '-')} {p.name.upper()} or set {p.env}: {about}"
        values[p.name] = given.strip()
    return values


@contextmanager
def _stopping(drainer: QueueDrainer) -> Iterator[None]:
    """Ctrl-C and SIGTERM stop the drain after the step under way (nothing half-done: record, then acknowledge)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, lambda *_: drainer.stop())
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_drain(
    prog: str, make: Callable[[], QueueDrainer], *, until_empty: bool, max_seconds: float | None, stderr: TextIO
) -> int:
    """Build the drainer and run it; 0 when it stopped as asked, 2 on a refusal or an error (a message, no
    traceback). What it did goes to stderr: each recorded notification (the log, at INFO) and a closing line."""
    handler = logging.StreamHandler(stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("asyncstatus_core.track_queue")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    report: DrainReport | None = None
    try:
        drainer = make()
        report = drainer.report
        with _stopping(drainer):
            drainer.run(until_empty=until_empty, max_seconds=max_seconds)
    except (SDKError, ValueError) as error:  # QueueError, StoreError, InvalidParameter: a message, not a traceback
        print(f"{prog} drain: {error}", file=stderr)
        return 6 if isinstance(error, QueueError) and error.status in (401, 403) else 2
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        if report is not None:
            print(f"{prog} drain: {describe(report)}", file=stderr)
    return 0
