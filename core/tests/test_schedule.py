"""schedule.py: the distributions, the fit from history, the optimal checks and the bulk tick (issue 22). Every
random draw is seeded; every figure asserted is computed, so none of these depends on timing."""

from __future__ import annotations

import math
import random
from itertools import pairwise
from typing import Any

import pytest
from asyncstatus_core.schedule import (
    MIN_HISTORY,
    PEERS,
    Distribution,
    Exponential,
    Fixed,
    LearnedSchedule,
    LogNormal,
    Observed,
    PeerSchedule,
    PendingGroup,
    Uniform,
    Weibull,
    distribution,
    expected_cost,
    finished_likelihood,
    keller_checks,
    learn,
    optimal_checks,
    sharpen,
    tick_delay,
)

FAMILIES: list[Distribution] = [
    LogNormal(60.0, 0.5),
    LogNormal(60.0, 1.2),
    Exponential(60.0),
    Uniform(30.0, 90.0),
    Weibull(60.0, 2.0),
]


# --- distributions by name, and their errors -----------------------------------------------------------------


def test_distribution_by_name_builds_each_family() -> None:
    assert distribution("lognormal", median=60, sigma=0.5) == LogNormal(60, 0.5)
    assert distribution("Exponential", mean=60) == Exponential(60)
    assert distribution("uniform", low=10, high=20) == Uniform(10, 20)
    assert distribution("fixed", seconds=5) == Fixed(5)


@pytest.mark.parametrize(
    ("name", "params", "words"),
    [
        ("gamma", {"shape": 1.0}, "unknown distribution 'gamma'"),
        ("lognormal", {"median": 60.0}, "option 'sigma' is missing"),
        ("lognormal", {"median": 60.0, "sigma": 0.5, "mean": 1.0}, "unknown option 'mean'"),
        ("lognormal", {"median": -1.0, "sigma": 0.5}, "lognormal median must be positive, got -1.0"),
        ("lognormal", {"median": 60.0, "sigma": 0.0}, "lognormal sigma must be positive, got 0.0"),
        ("exponential", {"mean": 0.0}, "exponential mean must be positive"),
        ("exponential", {"mean": math.nan}, "exponential mean must be a finite number"),
        ("uniform", {"low": -1.0, "high": 5.0}, "uniform low must not be negative"),
        ("uniform", {"low": 5.0, "high": 5.0}, "uniform high must be above low"),
        ("fixed", {"seconds": -3.0}, "fixed seconds must be positive"),
    ],
)
def test_a_bad_distribution_is_a_value_error_naming_the_option(name: str, params: dict[str, float], words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        distribution(name, **params)


def test_a_boolean_is_not_a_number_of_seconds() -> None:
    with pytest.raises(ValueError, match="fixed seconds must be a finite number"):
        Fixed(True)


@pytest.mark.parametrize("dist", FAMILIES, ids=lambda d: f"{d.name}")
def test_quantile_inverts_cdf_and_the_density_integrates_to_it(dist: Distribution) -> None:
    for p in (0.01, 0.25, 0.5, 0.9, 0.999):
        assert dist.cdf(dist.quantile(p)) == pytest.approx(p, abs=1e-9)
    a, b = dist.quantile(0.2), dist.quantile(0.7)
    steps = 2000
    h = (b - a) / steps
    area = sum(dist.pdf(a + (i + 0.5) * h) for i in range(steps)) * h
    assert area == pytest.approx(0.5, rel=1e-4)


@pytest.mark.parametrize("dist", FAMILIES, ids=lambda d: f"{d.name}")
def test_the_exact_partial_mean_agrees_with_the_numerical_one(dist: Distribution) -> None:
    a, b = dist.quantile(0.1), dist.quantile(0.8)
    numeric = Distribution.partial_mean(dist, a, b)
    assert dist.partial_mean(a, b) == pytest.approx(numeric, rel=1e-5)


@pytest.mark.parametrize("dist", FAMILIES, ids=lambda d: f"{d.name}")
def test_seeded_samples_have_the_distribution_s_median(dist: Distribution) -> None:
    rng = random.Random(7)
    draws = sorted(dist.sample(rng) for _ in range(4001))
    assert draws[2000] == pytest.approx(dist.quantile(0.5), rel=0.05)


# --- learning from history -----------------------------------------------------------------------------------


def brackets(dist: Distribution, count: int, seed: int) -> list[Observed]:
    """Poll brackets of `count` processes read on this project's PollPolicy (1 s x1.5 up to 30 s, jittered)."""
    rng = random.Random(seed)
    seen = []
    for _ in range(count):
        duration, last = dist.sample(rng), 0.0
        for age in PEERS[0].ages(rng):
            if age >= duration:
                seen.append(Observed(last, age))
                break
            last = age
    return seen


def test_nothing_is_learned_before_the_minimum_history() -> None:
    history = brackets(LogNormal(60, 0.5), MIN_HISTORY - 1, seed=1)
    assert learn(history) is None
    assert learn([*history, Observed.exact(61.0)]) is not None


def test_a_schedule_from_history_waits_for_the_minimum_and_checks_the_knob_first() -> None:
    history = brackets(LogNormal(60, 0.5), MIN_HISTORY, seed=2)
    assert LearnedSchedule.from_history(history[:-1]) is None
    schedule = LearnedSchedule.from_history(history, 8.0)
    assert schedule is not None and schedule.lag_per_request == 8.0
    assert schedule.checks == optimal_checks(schedule.distribution, 8.0)
    with pytest.raises(ValueError, match="lag_per_request must be positive"):
        LearnedSchedule.from_history(history[:-1], -1.0)


def test_the_fit_recovers_a_lognormal_from_exact_durations() -> None:
    rng = random.Random(11)
    fitted = learn([Observed.exact(LogNormal(60, 0.5).sample(rng)) for _ in range(400)])
    assert isinstance(fitted, LogNormal)
    assert fitted.median == pytest.approx(60, rel=0.06)
    assert fitted.sigma == pytest.approx(0.5, rel=0.1)


@pytest.mark.parametrize("sigma", [0.5, 1.2])
def test_the_fit_recovers_a_lognormal_from_poll_brackets(sigma: float) -> None:
    fitted = learn(brackets(LogNormal(60, sigma), 400, seed=12))
    assert isinstance(fitted, LogNormal)
    assert fitted.median == pytest.approx(60, rel=0.12)
    assert fitted.sigma == pytest.approx(sigma, rel=0.12)


def test_exponential_durations_are_fitted_as_a_weibull_of_shape_one() -> None:
    fitted = learn(brackets(Exponential(60), 400, seed=13))
    assert isinstance(fitted, Weibull)
    assert fitted.shape == pytest.approx(1.0, abs=0.12)
    assert fitted.scale == pytest.approx(60, rel=0.12)


def test_a_schedule_from_200_learned_brackets_costs_within_2_percent_of_the_optimum() -> None:
    true = LogNormal(60, 0.5)
    fitted = learn(brackets(true, 200, seed=14))
    assert fitted is not None
    learned = expected_cost(true, LearnedSchedule(fitted, 10.0).checks, 10.0)
    best = expected_cost(true, optimal_checks(true, 10.0), 10.0)
    assert learned.total <= 1.02 * best.total


@pytest.mark.parametrize("sigma", [0.5, 1.2])
def test_a_batch_still_running_is_learned_from_its_first_finishers_and_the_running_rest(sigma: float) -> None:
    # 200 processes added together; 20 have finished (the fastest tenth), 180 run on past the 20th's end. The
    # finished ones alone say a median of 9 to 25 s; with the running ones as lasting at least that long, the truth.
    true, rng = LogNormal(60, sigma), random.Random(15)
    drawn = sorted(true.sample(rng) for _ in range(200))
    finished = [Observed.exact(d) for d in drawn[:20]]
    alone = learn(finished)
    assert alone is not None and alone.quantile(0.5) < 0.5 * 60
    fitted = learn([*finished, Observed.running(drawn[19], count=180)])
    assert isinstance(fitted, LogNormal)
    assert fitted.median == pytest.approx(60, rel=0.15)
    assert fitted.sigma == pytest.approx(sigma, rel=0.15)


def test_a_left_truncated_history_is_not_taken_for_a_slow_one() -> None:
    # A history that keeps only the processes finished since time 180 holds, of those started before, only the
    # ones that lasted until then: fitted as they are, the durations look long; with the truncation, they do not.
    true, rng = LogNormal(60, 0.5), random.Random(16)
    kept: list[Observed] = []
    for n in range(2000):
        start, took = n * 0.1, true.sample(rng)
        if start + took >= 180.0:
            kept.append(Observed(took, took, min(took, max(0.0, 180.0 - start))))
    naive = learn([Observed.exact(o.high) for o in kept])
    fitted = learn(kept)
    assert naive is not None and naive.quantile(0.5) > 1.2 * 60
    assert fitted is not None and fitted.quantile(0.5) == pytest.approx(60, rel=0.06)


def test_running_processes_alone_teach_nothing() -> None:
    assert learn([Observed.running(30.0, count=500)] + [Observed.exact(10.0)] * (MIN_HISTORY - 1)) is None


@pytest.mark.parametrize(
    ("observed", "words"),
    [
        (lambda: Observed(5.0, 10.0, truncated=11.0), "truncation"),
        (lambda: Observed.running(5.0, truncated=6.0), "truncation"),
        (lambda: Observed.running(5.0, count=0), "count"),
    ],
)
def test_a_bad_running_or_truncated_observation_is_a_value_error(observed: Any, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        observed()


@pytest.mark.parametrize(
    ("low", "high", "words"), [(-1.0, 5.0, "between 0 and high"), (6.0, 5.0, "between 0"), (0.0, 0.0, "positive")]
)
def test_a_bad_observation_is_a_value_error(low: float, high: float, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Observed(low, high)


def test_a_history_with_far_outliers_is_fitted_without_overflow() -> None:
    history = [Observed(10.0, 20.0)] * 25 + [Observed(0.0, 1e6)] * 5
    fitted = learn(history)
    assert fitted is not None
    checks = LearnedSchedule(fitted, 4.0).checks
    assert all(math.isfinite(x) for x in checks) and checks[0] < 20.0


def test_a_bad_minimum_history_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="minimum history"):
        learn([], minimum=0)


# --- the optimal checks --------------------------------------------------------------------------------------


def fixed_interval(first: float, gap: float, until: float) -> list[float]:
    return [first + i * gap for i in range(int((until - first) / gap) + 2)]


@pytest.mark.parametrize("dist", FAMILIES, ids=lambda d: f"{d.name}")
@pytest.mark.parametrize("knob", [3.0, 10.0, 30.0])
def test_the_optimum_costs_no_more_than_keller_or_any_fixed_interval(dist: Distribution, knob: float) -> None:
    checks = optimal_checks(dist, knob)
    assert all(b > a for a, b in pairwise(checks))
    best = expected_cost(dist, checks, knob).total
    assert best <= expected_cost(dist, keller_checks(dist, knob), knob).total * (1 + 1e-9)
    until = dist.quantile(1 - 1e-7)
    for gap in (2.0, 5.0, 10.0, 15.0, 20.0, 30.0, 45.0, 60.0, 90.0):
        for first in (gap, dist.quantile(0.05), dist.quantile(0.25)):
            assert best <= expected_cost(dist, fixed_interval(first, gap, until), knob).total


def test_for_the_exponential_the_optimum_is_the_bhp_fixed_point_interval() -> None:
    # memoryless: BHP's recurrence is stationary at the gap g with (e^(g/m) - 1)m - knob = g
    mean, knob = 60.0, 10.0
    lo, hi = 1.0, 200.0
    for _ in range(100):
        g = (lo + hi) / 2
        lo, hi = (g, hi) if (math.exp(g / mean) - 1) * mean - knob < g else (lo, g)
    checks = optimal_checks(Exponential(mean), knob)
    assert checks[0] == pytest.approx(g, rel=0.03)
    gaps = [b - a for a, b in pairwise(checks[:11])]
    assert all(x == pytest.approx(g, rel=0.03) for x in gaps)


def test_for_the_uniform_the_gaps_shrink_by_the_knob_and_the_last_read_is_at_the_end() -> None:
    checks = optimal_checks(Uniform(30, 90), 5.0)
    gaps = [b - a for a, b in pairwise(checks)]
    assert checks[-1] == pytest.approx(90)
    assert all(a - b == pytest.approx(5.0, abs=0.2) for a, b in pairwise(gaps))


def test_the_lognormal_optimum_follows_the_bhp_recurrence() -> None:
    dist, knob = LogNormal(60, 0.5), 10.0
    x = (0.0, *optimal_checks(dist, knob))
    for k in range(1, 6):
        step = (dist.cdf(x[k]) - dist.cdf(x[k - 1])) / dist.pdf(x[k]) - knob
        assert x[k + 1] - x[k] == pytest.approx(step, rel=0.03)


def test_a_dearer_request_means_fewer_reads_and_more_lag() -> None:
    dist = LogNormal(60, 0.5)
    costs = [expected_cost(dist, optimal_checks(dist, knob), knob) for knob in (2.0, 5.0, 10.0, 30.0)]
    assert all(a.requests > b.requests and a.lag < b.lag for a, b in pairwise(costs))


def test_expected_cost_agrees_with_seeded_simulation() -> None:
    dist, knob = LogNormal(60, 1.2), 10.0
    schedule = LearnedSchedule(dist, knob)
    rng = random.Random(3)
    requests = lag = 0.0
    runs = 40_000
    for _ in range(runs):
        duration, age, n = dist.sample(rng), 0.0, 0
        while True:
            age, n = schedule.next_age(age), n + 1
            if age >= duration:
                break
        requests += n
        lag += age - duration
    cost = schedule.cost()
    assert requests / runs == pytest.approx(cost.requests, rel=0.02)
    assert lag / runs == pytest.approx(cost.lag, rel=0.03)


@pytest.mark.parametrize("knob", [0, -5, math.nan, math.inf, "10"])
def test_a_bad_knob_is_a_value_error_naming_it(knob: object) -> None:
    with pytest.raises(ValueError, match="lag_per_request must be"):
        optimal_checks(LogNormal(60, 0.5), knob)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lag_per_request must be"):
        LearnedSchedule(LogNormal(60, 0.5), knob)  # type: ignore[arg-type]


def test_a_fixed_duration_is_read_once_at_its_end() -> None:
    assert optimal_checks(Fixed(42.0), 10.0) == (42.0,)


# --- using the schedule --------------------------------------------------------------------------------------


def test_retry_after_is_a_floor_and_past_the_plan_the_last_gap_repeats() -> None:
    schedule = LearnedSchedule(LogNormal(60, 0.5), 10.0)
    first = schedule.checks[0]
    assert schedule.next_age(0.0) == first
    assert schedule.next_age(0.0, retry_after=first + 50) == first + 50
    assert schedule.delay(first, retry_after=1.0) == pytest.approx(schedule.checks[1] - first)
    end, gap = schedule.checks[-1], schedule.checks[-1] - schedule.checks[-2]
    assert schedule.next_age(end + 0.5 * gap) == pytest.approx(end + gap)


def test_progress_moves_the_next_read_towards_the_implied_end() -> None:
    schedule = LearnedSchedule(LogNormal(60, 0.5), 10.0)
    plain = schedule.next_age(30.0)
    nearly_done = schedule.next_age(30.0, progress=0.9)  # implies ~33 s in all
    barely_begun = schedule.next_age(30.0, progress=0.1)  # implies ~300 s
    assert 30.0 < nearly_done < plain < barely_begun
    assert nearly_done == pytest.approx(30.0 / 0.9, rel=0.15)


def test_sharpen_without_progress_is_the_distribution_given_running() -> None:
    dist = LogNormal(60, 0.5)
    given = sharpen(dist, 30.0, 0.0)
    assert given.cdf(30.0) == 0.0
    assert given.cdf(90.0) == pytest.approx((dist.cdf(90) - dist.cdf(30)) / dist.survival(30))


def test_the_bulk_tick_shortens_with_more_pending_and_lengthens_with_the_knob() -> None:
    dist = LogNormal(60, 0.5)

    def tick(count: int, knob: float = 10.0) -> float:
        return tick_delay([PendingGroup(dist, count, 40.0, 30.0)], knob, per_request=1000)

    assert tick(1000) < tick(100) < tick(10)
    assert tick(1000, 1.0) < tick(1000, 10.0) < tick(1000, 100.0)
    assert tick_delay([PendingGroup(dist, 10, 40.0, 30.0)], 10.0, floor=120.0) == 120.0
    assert tick_delay([], 10.0, floor=3.0) == 3.0
    with pytest.raises(ValueError, match="per_request"):
        tick_delay([PendingGroup(dist, 10, 40.0)], 10.0, per_request=0)


def test_the_bulk_tick_for_a_fixed_duration_reads_at_its_end_and_soon_when_overdue() -> None:
    assert tick_delay([PendingGroup(Fixed(60.0), 500, 10.0, 10.0)], 4.0) == pytest.approx(50.0)
    assert tick_delay([PendingGroup(Fixed(60.0), 500, 70.0, 70.0)], 4.0) == pytest.approx(4.0)


def test_the_bulk_tick_for_a_narrow_distribution_waits_until_its_processes_can_finish() -> None:
    # About a minute, give or take 3 s, now a second old: nothing finishes for 45 s; the tick may not come before.
    narrow = LogNormal(60.0, 0.05)
    delay = tick_delay([PendingGroup(narrow, 50, 1.0, 1.0)], 4.0)
    assert narrow.quantile(0.0001) - 1.0 < delay < narrow.quantile(0.5) - 1.0
    # The same rule with a long way to go from a wide one: unchanged by the finer steps.
    assert tick_delay([PendingGroup(LogNormal(60.0, 1.2), 200, 1.0, 1.0)], 4.0) == pytest.approx(3.2, abs=0.1)


def test_the_most_likely_finished_are_those_read_longest_ago() -> None:
    dist = LogNormal(60, 0.5)
    assert finished_likelihood(dist, 80, 0) > finished_likelihood(dist, 80, 50) > finished_likelihood(dist, 80, 75)
    assert finished_likelihood(dist, 80, 80) == 0.0


# --- the peers' policies -------------------------------------------------------------------------------------


def peer(name: str) -> PeerSchedule:
    return next(p for p in PEERS if p.name == name)


def first_ages(schedule: PeerSchedule, count: int, seed: int = 0) -> list[float]:
    ages = schedule.ages(random.Random(seed))
    return [next(ages) for _ in range(count)]


def test_the_peers_published_schedules() -> None:
    assert first_ages(peer("botocore 15 s"), 4) == [0, 15, 30, 45]
    assert first_ages(peer("Azure 30 s"), 3) == [30, 60, 90]
    assert first_ages(peer("Airflow sensor"), 3) == [0, 60, 120]
    assert first_ages(peer("Terraform"), 9) == pytest.approx([0, 0.2, 0.6, 1.4, 3.0, 6.2, 12.6, 22.6, 32.6])
    smithy = [b - a for a, b in pairwise(first_ages(peer("AWS SDK v3 / Smithy"), 12))]
    caps = [min(120.0, 2.0 * 2**i) for i in range(11)]
    assert all(2.0 <= d <= c for d, c in zip(smithy, caps, strict=True))
    google = first_ages(peer("Google api-core"), 30)
    assert all(0 <= b - a <= 20.0 for a, b in pairwise(google))
    ours = first_ages(peer("asyncstatus PollPolicy"), 20)
    gaps = [b - a for a, b in pairwise(ours)]
    assert all(0.8 * min(30.0, 1.5**i) <= g <= min(30.0, 1.5**i) for i, g in enumerate(gaps))


def test_a_bad_peer_policy_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="mine: initial must be positive"):
        PeerSchedule("mine", 0.0, 10.0)
    with pytest.raises(ValueError, match="mine: unknown jitter"):
        PeerSchedule("mine", 1.0, 10.0, jitter="some")
