"""Every example in every spec validates against the schema it illustrates, so examples cannot rot
as the schemas change; and every response with a body has one."""

from __future__ import annotations

import pytest
from spectools import HTTP_METHODS, PROVIDERS, Example, errors, examples, load_spec, resolve

ALL: list[tuple[str, Example]] = [(key, ex) for key in PROVIDERS for ex in examples(load_spec(key))]


@pytest.mark.parametrize(("key", "example"), ALL, ids=[f"{k}:{e.where}" for k, e in ALL])
def test_example_matches_its_schema(key: str, example: Example) -> None:
    assert errors(load_spec(key), example.schema, example.value) == []


@pytest.mark.parametrize("key", PROVIDERS)
def test_every_response_body_has_an_example(key: str) -> None:
    spec = load_spec(key)
    missing = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            for status, response in item.get(method, {}).get("responses", {}).items():
                for media_type, media in resolve(spec, response).get("content", {}).items():
                    if "example" not in media and not media.get("examples"):
                        missing.append(f"{method.upper()} {path} {status} {media_type}")
    assert missing == []


def test_examples_are_found() -> None:
    # Guards the walker itself: a spec change that hides examples from it must not pass silently.
    for key in PROVIDERS:
        assert sum(1 for k, _ in ALL if k == key) >= 3, key


def test_a_broken_example_is_reported() -> None:
    spec = load_spec("bol")
    schema = {"$ref": "#/components/schemas/ProcessStatus"}
    assert any("status" in line for line in errors(spec, schema, {"status": "DONE"}))
