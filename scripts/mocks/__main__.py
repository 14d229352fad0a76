"""`make mock PROVIDER=<key> PORT=<port>`: serve one provider's mock on 127.0.0.1 in the foreground. On start
it prints where it listens, the `export` line that points the SDK and its CLI at it, and a two-line Python
snippet that waits for the spec's example process there. `--port 0` takes a free port (printed)."""

from __future__ import annotations

import argparse
import asyncio
import shlex
import sys

import uvicorn
from codegen.sdkfacts import snake_case
from providers import KEYS
from providers import PROVIDERS as DISTS

from . import create_app
from .base import ProviderMock
from .durations import DurationError, parse_defaults, parse_speed


def start_lines(key: str, mock: ProviderMock, origin: str) -> list[str]:
    """What `make mock` prints once it listens at `origin`."""
    package = DISTS[key].package
    env = mock.sdk_environment(origin)
    args = ", ".join(f"{snake_case(name)}={value!r}" for name, value in mock.documented_example().items())
    return [
        f"{key} mock on {origin}{mock.base_path}  (admin: {origin}/_mock/fixtures)",
        f"credentials: {mock.describe_credentials()}",
        "# point the SDK (create_client_from_env) and its CLI at the mock:",
        "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in env.items()),
        "# then, in Python, wait for the spec's example process (on the mock it has succeeded):",
        f"from {package} import create_client_from_env; from {package}.waiters import lifecycle, wait_until_done",
        f"print(lifecycle(wait_until_done(client=create_client_from_env(), {args}, timeout=30)))",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make mock", description=__doc__)
    parser.add_argument("provider", choices=sorted(KEYS))
    parser.add_argument("--port", type=int, default=8080, help="0 takes a free port")
    parser.add_argument("--retention", type=float, default=None, help="seconds a finished status stays readable")
    parser.add_argument(
        "--speed",
        default=None,
        help="process seconds per second (a minute of process time takes 60/N s; default $MOCK_SPEED or 1)",
    )
    parser.add_argument(
        "--duration",
        action="append",
        default=None,
        metavar="[TYPE=]SPEC",
        help="default duration of created processes: seconds, or lognormal:median=60,sigma=0.5, exponential:mean=60, "
        "uniform:low=10,high=90; TYPE= for one process type; repeatable (default $MOCK_DURATION; none: per read)",
    )
    args = parser.parse_args(argv)
    try:
        clock = {
            "speed": parse_speed(args.speed) if args.speed is not None else None,
            "durations": parse_defaults(args.duration) if args.duration else None,
        }
    except DurationError as exc:
        parser.error(str(exc))
    mock, app = create_app(args.provider, retention=args.retention, **clock)
    # uvicorn binds the port itself: a socket bound here and handed to it answered every request ~40 ms late.
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=args.port, log_level="warning"))
    return asyncio.run(_serve(server, args.provider, mock))


async def _serve(server: uvicorn.Server, key: str, mock: ProviderMock) -> int:
    """Serve until stopped; print the start lines once uvicorn listens, with the port it really took (PORT=0)."""
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():  # it could not start (the port is taken, ...): uvicorn said why on stderr
            return 2
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    print("\n".join(start_lines(key, mock, f"http://127.0.0.1:{port}")), flush=True)
    await task
    return 0


if __name__ == "__main__":
    sys.exit(main())
