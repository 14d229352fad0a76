"""One tracker worker process for the SIGKILL test: `python chaos_worker.py KEY BASE_URL TOKEN_URL STORE LOG`.

Runs `Tracker.run(until_idle=True)` with short leases and appends every outcome it is called back with to
LOG (one id a line, flushed and synced before the next), so that the test sees which worker delivered what
even when it is killed right after."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2] / "scripts")]

from providers import use_generated_clients  # noqa: E402

use_generated_clients()

from tracking.support import FAST, package, tracker_module  # noqa: E402


def main() -> None:
    key, base_url, token_url, store, log = sys.argv[1:6]
    creds = {k: v for k, v in (item.split("=", 1) for item in sys.argv[6:])}
    extra = {"token_url": token_url} if "client_id" in creds else {}
    client = package(key).create_client(base_url=base_url, **creds, **extra)
    t = tracker_module(key)
    with open(log, "a", encoding="utf-8") as out:

        def delivered(outcome: object) -> None:
            out.write(f"{outcome.id}\n")  # type: ignore[attr-defined]
            out.flush()
            os.fsync(out.fileno())

        tracker = t.Tracker(
            client=client, store=store, policy=t.waiters.PollPolicy(**FAST), lease=1.0, on_outcome=delivered
        )
        tracker.run(until_idle=True)
        tracker.close()


if __name__ == "__main__":
    main()
