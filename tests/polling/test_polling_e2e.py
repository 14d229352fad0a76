"""The polling bench's end-to-end harness (scripts/bench/polling_e2e.py) at a small scale: the real tracker runs
against the time-true mock and every process gets an outcome no earlier than its true finish, the mock ran the
durations the simulator drew, and the simulator's figure is computed on those durations. Timings are the bench's
business (`make bench`), not asserted here."""

from __future__ import annotations

import math

import pytest
from asyncstatus_core.schedule import Exponential, LearnedSchedule, LogNormal, Uniform, Weibull
from bench import polling_e2e as e2e
from bench import polling_sim as sim

WORKLOAD = sim.WORKLOADS[3]  # the mix: two process types


@pytest.mark.parametrize("arm", e2e.ARMS)
def test_the_tracker_finds_every_process_after_its_true_finish(arm: str) -> None:
    result = e2e.run_arm(arm, WORKLOAD, 6, speed=60.0, rate=20.0, timeout=120.0)
    assert result.outcomes == result.processes == 6
    assert all(lag >= -0.05 for lag in result.lags), result.lags  # 50 ms of process time: clock readings apart
    assert all(reads >= 1 for reads in result.reads)
    assert result.requests * result.processes >= (6 if arm == "realtimeregister" else 1)
    kinds = {kind for kind, _ in result.draws}
    if arm == "realtimeregister":  # each process was created with the duration the simulator drew for it
        assert [d for _, d in result.draws] == pytest.approx([d for _, d in sim.durations(WORKLOAD, 6)])
        assert kinds == {k for k, _ in sim.durations(WORKLOAD, 6)}
    else:  # the mock drew them, per type, from the workload's distributions
        assert kinds == {0, 1}
    figure = e2e.simulated(arm, WORKLOAD, result.draws)
    assert figure.processes == 6 and figure.requests > 0 and not math.isnan(figure.mean_lag)


def test_the_policy_and_a_schedule_are_scaled_to_the_clock() -> None:
    policy = e2e.scaled_policy(20.0)
    assert (policy.initial, policy.maximum, policy.multiplier) == (0.05, 1.5, 1.5)
    schedule = LearnedSchedule(LogNormal(60.0, 0.5), 4.0)
    fast = e2e.scaled_policy(20.0, schedule).schedule
    assert fast is not None and fast.distribution == LogNormal(3.0, 0.5) and fast.lag_per_request == 0.2
    assert fast.checks == pytest.approx([c / 20.0 for c in schedule.checks], rel=1e-3)
    assert e2e.scaled(Exponential(60.0), 0.5) == Exponential(30.0)
    assert e2e.scaled(Uniform(10.0, 20.0), 0.1) == Uniform(1.0, 2.0)
    assert e2e.scaled(Weibull(60.0, 2.0), 0.5) == Weibull(30.0, 2.0)


def test_a_distribution_goes_to_the_admin_api_by_name() -> None:
    assert e2e._as_json(LogNormal(60.0, 0.5)) == {"distribution": "lognormal", "median": 60.0, "sigma": 0.5}
