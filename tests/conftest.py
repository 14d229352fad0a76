"""How `make test` spreads the suite over pytest-xdist workers (`-n`): which tests share a worker, and in what
order they are handed out. Without `-n` none of this applies.

- A module's tests stay on one worker, one after another: many modules start their mocks, PostgreSQL databases
  or headless browser once per module (module fixtures, `functools.cache`), and split they would start them
  once per worker.
- The tests whose figures are rates or durations (a rate limit shared by concurrent waits, a chaos run timed
  against an undisturbed one, a signal sent after a fixed pause) form one group that runs on one worker, one
  module after another, so they never compete with each other for the CPU and the mocks' clocks; and a
  worker lowers its own priority (nice) before its first other test, so on a busy machine the paced tests get
  the CPU they need as if they ran alone, and the rest of the suite runs on what they leave.
- The longest work units start first (longest-processing-time-first), so that no worker is left running a
  minute-long module while the others idle; the many short tests of SPREAD fill the end. The durations are
  those of a full run's build/junit.xml; a stale figure only costs balance, never correctness.

Each worker is its own process: session fixtures (the throwaway PostgreSQL cluster of tests/tracking) are
started once per worker that needs them, and every server listens on a port the kernel picks (port 0).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

# Rates and durations asserted against the mocks' rate limits or an undisturbed run (seconds in a full run).
PACED = "paced"
PACED_MODULES = {
    "tests/tracking/test_fleet_chaos.py",  # 71
    "tests/tracking/test_fleet_store.py",  # 30
    "tests/budget/test_rate_budget_against_mocks.py",  # 22
    "tests/tracking/test_tracker_against_mocks.py",  # 18
    "tests/polling/test_polling_e2e.py",  # 13
    "tests/tracking/test_one_worker_every_provider.py",  # 3
    "tests/sdk/test_cli_errors.py",  # 12: Ctrl-C sent to a CLI in its rounds, which must stop within 20 s
    "tests/sdk/test_cli_against_mocks.py",  # 29: CLI waits with a 3 s timeout against a process that ends in time
    "tests/push/test_push_bench.py",  # 23: bol's 5 s delivery timeout is 83 ms at the mock's speed 60
}
# The nice value of a worker once it runs anything but the paced tests (higher is lower priority; a process may
# raise its own but not lower it again, so a worker that has run other tests is never handed the paced ones:
# they go out first).
NICE = 10
# Whole modules of 10 s or more, longest first (build/junit.xml of a full run on 2 cores, 4 workers).
LONGEST_FIRST = [
    PACED,  # 218
    "tests/contract/test_schemathesis.py",  # 50
    "tests/polling/test_polling_sim.py",  # 47
    "tests/wheels/test_wheels.py",  # 45
    "tests/docs/test_pages_offline.py",  # 40 (each page read once; 64 when read again per test)
    "tests/sdk/test_readme_blocks.py",  # 37
    "tests/sdk/test_demo_and_bench.py",  # 37
    "tests/specs/test_add_provider.py",  # 36
    "tests/sdk/test_waiters_against_mocks.py",  # 35
    "tests/tracking/test_track_cli.py",  # 27
    "tests/specs/test_changelog.py",  # 27
    "tests/tracking/test_bulk_tick.py",  # 23
    "tests/tracking/test_chaos.py",  # 23
    "tests/tracking/test_history.py",  # 15
    "tests/contract/test_live_plan.py",  # 13
]
# Modules of many independent tests with no module-wide setup: each test is a work unit of its own, handed out
# last, where they even out the workers' finishing times.
SPREAD = {
    "tests/push/test_push_join.py",  # 105 s over 30 tests, mostly waiting for processes and pushes to come
    "tests/sdk_unit/test_errors_outside_answer.py",  # 30 s over 38 tests, mostly waiting on loopback servers
    "tests/sdk_unit/test_answer_rule_properties.py",  # 21 s over 86 tests (hypothesis)
}


def work_unit(nodeid: str) -> str:
    """The name of the unit a test is scheduled in: PACED, its module, or (SPREAD) the test itself."""
    module = nodeid.split("::", 1)[0]
    if module in PACED_MODULES:
        return PACED
    if module in SPREAD:
        return nodeid
    return module


def _rank(nodeid: str) -> int:
    unit = work_unit(nodeid)
    if unit in LONGEST_FIRST:
        return LONGEST_FIRST.index(unit)
    return len(LONGEST_FIRST) + (1 if unit == nodeid else 0)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, the work units in the order they are handed out (a stable sort: within a unit, and among the
    units of one rank, the collection order stays)."""
    if hasattr(config, "workerinput"):  # an xdist worker; the order it collects is the order units go out
        items.sort(key=lambda item: _rank(item.nodeid))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """An xdist worker about to run a test that is not paced (its fixtures included) lowers its priority."""
    if hasattr(item.config, "workerinput") and hasattr(os, "nice") and work_unit(item.nodeid) != PACED:
        now = os.nice(0)
        if now < NICE:
            os.nice(NICE - now)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist's scope scheduler (a unit goes whole to one worker), with the units of `work_unit` handed out in
    collection order. (A scheduler rather than `xdist_group` marks, which would append `@group` to every test
    id, and so to the names in build/junit.xml.) Only for xdist's default `--dist load`: another `--dist` given
    on the command line is kept."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]  # xdist ships no py.typed

    class WorkUnitScheduling(LoadScopeScheduling):  # type: ignore[misc]  # a base of type Any (untyped xdist)
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    # Keep the collection order above: xdist would otherwise hand out the units with the most tests first.
    config.option.loadscopereorder = False
    return WorkUnitScheduling(config, log)
