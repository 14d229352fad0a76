"""The polling simulator (scripts/bench/polling_sim.py, issue 22): deterministic, agreeing with the computed
expectations, and the issue's "Measured" claims checked on the bench's own run (the default sizes and knob).

Claims the simulator shows not to hold are marked xfail(strict=True) with the figure and the reason: the
assertion is the issue's, unchanged, and the test fails the day the claim starts holding (so the mark goes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from asyncstatus_core.schedule import DEFAULT_LAG_PER_REQUEST, LogNormal, expected_cost, optimal_checks
from bench import polling_sim as sim


@pytest.fixture(scope="module")
def bench() -> sim.Bench:
    return sim.run()  # the bench's sizes: 20,000 processes a workload, bulk 10,000, 1,000 under the limit


def test_the_simulator_is_deterministic() -> None:
    first = sim.run(processes=400, bulk=500, limited=60)
    second = sim.run(processes=400, bulk=500, limited=60)
    assert repr(first) == repr(second)
    assert repr(sim.run(processes=401, bulk=500, limited=60)) != repr(first)  # the draws do depend on the size


def test_simulated_reads_agree_with_the_computed_expectation(bench: sim.Bench) -> None:
    workload = sim.WORKLOADS[0]
    dist = workload.types[0][2]
    knob = bench.knob
    expected = expected_cost(dist, optimal_checks(dist, knob), knob)
    simulated = sim.by_name(bench.single[workload.name], sim.OPTIMUM)
    assert simulated.requests == pytest.approx(expected.requests, rel=0.02)
    assert simulated.mean_lag == pytest.approx(expected.lag, rel=0.03)


def test_the_bench_prints_every_row_and_writes_the_chart(tmp_path: Path) -> None:
    small = sim.run(processes=300, bulk=300, limited=40)
    text = sim.report(small)
    for workload in sim.WORKLOADS:
        assert f"| {workload.name}: {sim.LEARNED}" in text
    assert "bulk 300: fixed 15 s tick" in text and "rate limit, 40 processes" in text
    sweep = sim.knob_sweep(bulk=300, knobs=(1.0, DEFAULT_LAG_PER_REQUEST, 100.0))
    rows = [line.split("|")[1:-1] for line in sweep.splitlines()[2:]]
    assert [r[0].strip() for r in rows] == ["1", f"{DEFAULT_LAG_PER_REQUEST:g} (default)", "100"]
    requests = [float(r[1]) for r in rows]
    assert requests == sorted(requests, reverse=True)  # a dearer request: fewer of them
    png = sim.chart(small, tmp_path / "polling.png")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


# --- the claims --------------------------------------------------------------------------------------


@pytest.mark.parametrize("workload", [w.name for w in sim.WORKLOADS])
def test_no_peer_dominates_the_learned_schedule(bench: sim.Bench, workload: str) -> None:
    results = bench.single[workload]
    learned = sim.by_name(results, sim.LEARNED)
    dominating = [r.policy for r in results if r.policy not in (sim.LEARNED, sim.OPTIMUM) and r.dominates(learned)]
    assert dominating == []


@pytest.mark.parametrize("workload", [w.name for w in sim.WORKLOADS])
def test_the_learned_schedule_is_within_10_percent_of_the_optimum_after_200_processes(
    bench: sim.Bench, workload: str
) -> None:
    assert sim.LEARN_FROM <= 200
    learned = sim.by_name(bench.single[workload], sim.LEARNED)
    assert learned.ratio <= 1.10


# No single schedule beats botocore's 15 s on lag and the 30 s peers on requests at once: both sit near the
# optimum's own curve (the chart). Azure's 30 s, its first read at 30 s, is on that curve for memoryless durations.
_CANNOT = "the 15 s peer's lag is below the optimum's at the default knob (needs a knob of about 2 s)"
_EXPONENTIAL = "on exponential durations reading every 30 s from 30 s is optimal (for a knob of ~9 s): nothing beats it"
_FAILS = {
    ("lognormal", "botocore 15 s"): _CANNOT,
    ("lognormal wide", "botocore 15 s"): _CANNOT,
    ("exponential", "botocore 15 s"): _CANNOT,
    ("mix of two types", "botocore 15 s"): _CANNOT,
    ("exponential", "Azure 30 s"): _EXPONENTIAL,
}


@pytest.mark.parametrize(
    ("workload", "peer"),
    [
        pytest.param(w.name, p, marks=[pytest.mark.xfail(strict=True, reason=_FAILS[w.name, p])])
        if (w.name, p) in _FAILS
        else (w.name, p)
        for w in sim.WORKLOADS
        for p in sim.FIXED
    ],
)
def test_at_the_default_knob_the_learned_schedule_beats_each_fixed_interval_peer_on_both(
    bench: sim.Bench, workload: str, peer: str
) -> None:
    assert bench.knob == DEFAULT_LAG_PER_REQUEST
    results = bench.single[workload]
    assert sim.by_name(results, sim.LEARNED).dominates(sim.by_name(results, peer))


def _bulk_claim(bench: sim.Bench, policy: str) -> None:
    tick15 = sim.by_name(bench.bulk, "fixed 15 s tick")
    learned = sim.by_name(bench.bulk, policy)
    assert learned.processes == 10_000
    assert learned.requests <= 0.02
    assert learned.mean_lag <= tick15.mean_lag


@pytest.mark.xfail(
    strict=True,
    reason="at the default knob (4 s) the learned tick spends 0.084 requests a process for 0.4 s of lag: "
    "it buys lag, not requests; the claim holds from a knob of about 90 s (100 s: 0.017 requests, 1.9 s)",
)
def test_bulk_at_the_default_knob_needs_at_most_002_requests_a_process(bench: sim.Bench) -> None:
    _bulk_claim(bench, f"learned tick, knob {bench.knob:g} s")


def test_bulk_at_a_knob_of_100_s_needs_at_most_002_requests_a_process(bench: sim.Bench) -> None:
    _bulk_claim(bench, f"learned tick, knob {sim.BULK_KNOB:g} s")


def test_under_a_binding_limit_the_paced_schedules_are_never_throttled_and_none_beats_the_oracle(
    bench: sim.Bench,
) -> None:
    oracle = sim.by_name(bench.limit, sim.ORACLE)
    for policy in (sim.LIKELY, sim.LIKELY_ANY, sim.DUE):
        result = sim.by_name(bench.limit, policy)
        assert result.processes == 1000
        assert result.throttled <= 0.01 * result.requests * result.processes
        assert result.mean_lag >= oracle.mean_lag
    assert any(r.throttled > 0 for r in bench.limit)  # the unpaced peers do get throttled: the limit binds


@pytest.mark.xfail(
    strict=True,
    reason="1,000 processes at once at 2 requests/s: reading each once takes 500 s, and even a reader that knows "
    "when each finishes has 0.77x the lag of due order; most-likely-first gets 1.00x (of those due) and 0.98x "
    "(every slot used)",
)
@pytest.mark.parametrize("policy", [sim.LIKELY, sim.LIKELY_ANY])
def test_under_a_binding_limit_most_likely_first_has_at_most_08_of_due_order_s_lag(
    bench: sim.Bench, policy: str
) -> None:
    due = sim.by_name(bench.limit, sim.DUE)
    assert sim.by_name(bench.limit, policy).mean_lag <= 0.8 * due.mean_lag


def test_the_learned_schedule_costs_less_than_today_s_poll_policy_everywhere(bench: sim.Bench) -> None:
    for results in bench.single.values():
        learned = sim.by_name(results, sim.LEARNED)
        assert learned.cost < sim.by_name(results, sim.DEFAULT_POLICY.name).cost


def test_a_lognormal_learned_from_brackets_is_close_to_the_truth() -> None:
    learned = sim.learned_schedules(sim.WORKLOADS[0], DEFAULT_LAG_PER_REQUEST)[0].distribution
    assert isinstance(learned, LogNormal)
    assert learned.median == pytest.approx(60, rel=0.1)
    assert learned.sigma == pytest.approx(0.5, rel=0.15)
