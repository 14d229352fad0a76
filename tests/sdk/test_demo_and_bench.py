"""`make demo` and `make bench` (scripts/demo.py, scripts/bench/sdk.py) run end to end: the demo waits for
processes on all five mocks and exits 0, the quick benchmark prints every row and the bulk waiter needs
at least 100 times fewer requests than per-id polling (a request count, so deterministic)."""

from __future__ import annotations

import re

import demo
import pytest
from bench import sdk as bench
from providers import PROVIDERS


def test_demo_waits_for_every_provider_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    summary = out.split("mocks stopped.", 1)[1]
    for key in PROVIDERS:
        assert re.search(rf"^{key}\s+\|", summary, re.MULTILINE), key
    assert "ids (bulk)" in summary
    assert "WRONG" not in summary
    assert "SUSPENDED" in summary and "needs-action" in summary


def test_quick_bench_prints_every_row_and_the_bulk_waiter_saves_requests(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    for row in (
        "one getProcessStatus call",
        "one 1000-id bulk call",
        "parse 1000 statuses into models",
        "parse an unknown status value",
        "wait for 1500 ids: requests",
        "wait for 1500 ids: seconds",
        "`make generate`",
    ):
        assert row in out, row
    requests = next(line for line in out.splitlines() if "wait for 1500 ids: requests" in line)
    cells = [c.strip() for c in requests.strip("|").split("|")]
    assert int(cells[2].split()[0]) / int(cells[1]) >= 100, requests
    assert cells[-1] == "PASS"
    unknown = next(line for line in out.splitlines() if "parse an unknown status value" in line)
    assert unknown.rstrip(" |").endswith("PASS")
    assert "Measured" in out and "Python" in out
