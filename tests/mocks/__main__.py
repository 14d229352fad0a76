"""`make mock PROVIDER=<key> PORT=<port>`: serve one provider's mock on 127.0.0.1 in the foreground. On start
it prints where it listens, the `export` line that points the SDK and its CLI at it, and a two-line Python
snippet that waits for the spec's example process there. `--port 0` takes a free port (printed)."""

from __future__ import annotations

import argparse
import shlex
import socket
import sys

import uvicorn
from providers import PROVIDERS as DISTS
from sdkfacts import snake_case

from . import create_app
from .base import ProviderMock
from .registry import MOCKS


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
    from . import providers  # noqa: F401

    parser = argparse.ArgumentParser(prog="make mock", description=__doc__)
    parser.add_argument("provider", choices=sorted(MOCKS))
    parser.add_argument("--port", type=int, default=8080, help="0 takes a free port")
    parser.add_argument("--retention", type=float, default=None, help="seconds a finished status stays readable")
    args = parser.parse_args(argv)
    mock, app = create_app(args.provider, retention=args.retention)
    # The socket is bound here, before uvicorn starts, so the lines below name the port really taken.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", args.port))
    except OSError as exc:
        print(f"make mock: cannot listen on 127.0.0.1:{args.port}: {exc.strerror} (try PORT=0)", file=sys.stderr)
        return 2
    origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
    print("\n".join(start_lines(args.provider, mock, origin)), flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
