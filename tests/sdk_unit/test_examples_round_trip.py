"""(c) Nothing is lost: every JSON response example of every spec, parsed by the SDK operation that
receives it, is written back unchanged by `to_dict()`, unknown fields included."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from providers import KEYS

from .sdk_support import (
    TEST_BASE_URL,
    ResponseExample,
    answering,
    json_response_examples,
    response_examples,
    sdk,
    to_wire,
)

EXTRA_KEY = "zzFieldTheSpecDoesNotList"
EXTRA_VALUE = {"nested": [1, "two", None], "flag": True}


def parse(example: ResponseExample, body: Any = None) -> Any:
    recorder = answering(example, body)
    client = example.case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": recorder.transport})
    response = example.case.module.sync_detailed(client=client, **example.case.kwargs())
    assert response.status_code == int(example.status)
    return response.parsed


def with_unknown_fields(value: Any) -> Any:
    """The same answer with an extra field in every object."""
    if isinstance(value, dict):
        return {**{k: with_unknown_fields(v) for k, v in value.items()}, EXTRA_KEY: copy.deepcopy(EXTRA_VALUE)}
    if isinstance(value, list):
        return [with_unknown_fields(v) for v in value]
    return value


@pytest.mark.parametrize("key", KEYS)
def test_every_response_example_of_the_spec_is_covered(key: str) -> None:
    in_spec = [e for e in sdk(key).spec.examples() if "/responses/" in e.where]
    found = [e for e in response_examples() if e.case.key == key]
    assert len(found) == len(in_spec) > 0


@pytest.mark.parametrize("example", json_response_examples(), ids=str)
def test_parsed_example_writes_back_unchanged(example: ResponseExample) -> None:
    parsed = parse(example)
    expected_class = example.case.sdk.model(example.model_name)
    items = parsed if example.is_list else [parsed]
    assert all(isinstance(item, expected_class) for item in items)
    assert to_wire(parsed) == example.value


@pytest.mark.parametrize("example", json_response_examples(), ids=str)
def test_unknown_fields_survive_in_additional_properties(example: ResponseExample) -> None:
    body = with_unknown_fields(example.value)
    parsed = parse(example, body)
    items = parsed if example.is_list else [parsed]
    for item in items:
        assert item.additional_properties[EXTRA_KEY] == EXTRA_VALUE
    assert to_wire(parsed) == body
