"""The mocks' delivery faults by share (the push bench's 10% dropped, 5% duplicated): drawn per delivery from a
seeded generator (the same run twice drops the same deliveries), counts first, bad values refused by name."""

from __future__ import annotations

import pytest
from mocks.push_sender import PushFaults


def test_shares_are_drawn_per_delivery_and_reproducible() -> None:
    def dropped(seed: int) -> list[bool]:
        faults = PushFaults.parse({"drop_rate": 0.1, "duplicate_rate": 0.05, "seed": seed})
        return [faults.take("drop") for _ in range(10_000)]

    first = dropped(7)
    assert first == dropped(7) and first != dropped(8)
    assert 900 <= sum(first) <= 1100
    faults = PushFaults.parse({"drop": 2, "drop_rate": 0.0})
    assert [faults.take("drop") for _ in range(4)] == [True, True, False, False]  # counts as before
    assert PushFaults.parse({"duplicate_rate": 1}).take("duplicate")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"drop_rate": 1.5}, "`drop_rate` must be a share between 0 and 1"),
        ({"duplicate_rate": -0.1}, "`duplicate_rate` must be a non-negative number"),
        ({"seed": "x"}, "`seed` must be an integer"),
        ({"drop_share": 0.1}, "unknown fault 'drop_share'"),
    ],
)
def test_bad_fault_values_are_refused_by_name(body: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PushFaults.parse(body)
