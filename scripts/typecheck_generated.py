"""mypy --strict and ruff over every generated package, and over an example consumer that uses each
package's public surface the way users do (tests/consumers/), so a template change that loosens the
types users see fails `make lint`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from providers import PROVIDERS

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def main() -> int:
    clients = [ROOT / "generated" / "clients" / p.dist for p in PROVIDERS.values()]
    missing = [str(c) for c in clients if not c.is_dir()]
    if missing:
        print(f"missing generated packages (run `make generate`): {', '.join(missing)}", file=sys.stderr)
        return 1
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(c) for c in clients)}
    failed = False
    for client, provider in zip(clients, PROVIDERS.values(), strict=True):
        cmd = [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--config-file",
            "/dev/null",
            "-p",
            provider.package,
        ]
        proc = subprocess.run(cmd, cwd=client, capture_output=True, text=True, check=False)
        print(f"mypy --strict {provider.package}: {proc.stdout.strip().splitlines()[-1]}")
        if proc.returncode:
            print(proc.stdout, file=sys.stderr)
            failed = True
    consumers = ROOT / "tests" / "consumers"
    cmd = [
        str(BIN / "mypy"),
        "--strict",
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        "--config-file",
        os.devnull,
        str(consumers),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    print(f"mypy --strict tests/consumers: {proc.stdout.strip().splitlines()[-1]}")
    if proc.returncode:
        print(proc.stdout, file=sys.stderr)
        failed = True
    ruff = [str(BIN / "ruff"), "check", "--no-cache", "--config", str(ROOT / "scripts/codegen/ruff.toml")]
    proc = subprocess.run([*ruff, *map(str, clients)], capture_output=True, text=True, check=False)
    print(f"ruff generated/clients: {proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else 'ok'}")
    if proc.returncode:
        print(proc.stdout, file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
