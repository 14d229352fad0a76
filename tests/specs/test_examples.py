"""Every example in every spec validates against the schema it illustrates, so examples cannot rot
as the schemas change; and every response with a body has one."""

from __future__ import annotations

import pytest
from providers import KEYS
from specmodel import Example, errors, load

ALL: list[tuple[str, Example]] = [(key, ex) for key in KEYS for ex in load(key).examples()]


@pytest.mark.parametrize(("key", "example"), ALL, ids=[f"{k}:{e.where}" for k, e in ALL])
def test_example_matches_its_schema(key: str, example: Example) -> None:
    assert errors(load(key), example.schema, example.value) == []


@pytest.mark.parametrize("key", KEYS)
def test_every_response_body_has_an_example(key: str) -> None:
    missing = []
    for op in load(key).operations.values():
        for status, response in op.responses.items():
            for media_type, media in response.content.items():
                if not media.examples:  # `example` is listed in it as "example"
                    missing.append(f"{op.method.upper()} {op.path} {status} {media_type}")
    assert missing == []


def test_examples_are_found() -> None:
    # Guards the walker itself: a spec change that hides examples from it must not pass silently.
    for key in KEYS:
        assert sum(1 for k, _ in ALL if k == key) >= 3, key


def test_a_broken_example_is_reported() -> None:
    spec = load("bol")
    schema = {"$ref": "#/components/schemas/ProcessStatus"}
    assert any("status" in line for line in errors(spec, schema, {"status": "DONE"}))
