"""(c) Date-times are written back exactly as received: `Z` stays `Z`, `+00:00` stays `+00:00`,
fractions keep their digits; the parsed value is still a real, timezone-aware datetime."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from providers import KEYS

from .sdk_support import TEST_BASE_URL, ResponseExample, answering, json_response_examples, walk

DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
WIRE_FORMS = [
    "2024-03-01T12:00:00Z",
    "2024-03-01T12:00:00+00:00",
    "2024-03-01T12:00:00.120Z",
    "2024-03-01T14:00:00.123456+02:00",
]


def _replace_date_times(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        return {k: _replace_date_times(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_date_times(v, text) for v in value]
    return text if isinstance(value, str) and DATE_TIME.match(value) else value


def date_time_examples() -> list[ResponseExample]:
    """Success examples of providers whose schemas declare `format: date-time` that carry one."""
    found = []
    for example in json_response_examples():
        declares = "'format': 'date-time'" in repr({n: s.node for n, s in example.case.sdk.spec.schemas.items()})
        if declares and example.status == "200" and _replace_date_times(example.value, "x") != example.value:
            found.append(example)
    return found


def test_date_time_examples_exist_for_providers_that_declare_date_times() -> None:
    providers = {e.case.key for e in date_time_examples()}
    assert providers >= {"bol", "realtimeregister"}
    assert providers <= set(KEYS)


@pytest.mark.parametrize("text", WIRE_FORMS)
@pytest.mark.parametrize("example", date_time_examples(), ids=str)
def test_date_time_wire_text_survives(example: ResponseExample, text: str) -> None:
    body = _replace_date_times(example.value, text)
    recorder = answering(example, body)
    client = example.case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": recorder.transport})
    parsed = example.case.module.sync_detailed(client=client, **example.case.kwargs()).parsed
    date_times = [v for v in walk(parsed) if isinstance(v, datetime.datetime)]
    assert date_times, "no field was parsed as a datetime"
    assert all(v == datetime.datetime.fromisoformat(text) and v.tzinfo is not None for v in date_times)
    assert parsed.to_dict() == body
