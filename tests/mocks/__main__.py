"""`make mock PROVIDER=<key> PORT=<port>`: serve one provider's mock on 127.0.0.1 in the foreground."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from . import create_app
from .registry import MOCKS


def main(argv: list[str] | None = None) -> int:
    from . import providers  # noqa: F401

    parser = argparse.ArgumentParser(prog="make mock", description=__doc__)
    parser.add_argument("provider", choices=sorted(MOCKS))
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--retention", type=float, default=None, help="seconds a finished status stays readable")
    args = parser.parse_args(argv)
    mock, app = create_app(args.provider, retention=args.retention)
    base = f"http://127.0.0.1:{args.port}{mock.base_path}"
    print(f"{args.provider} mock on {base}  (admin: http://127.0.0.1:{args.port}/_mock/fixtures)", flush=True)
    print(f"credentials: {mock.describe_credentials()}", flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
