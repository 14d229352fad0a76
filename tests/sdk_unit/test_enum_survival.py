"""(b) A status value the spec does not list parses, keeps its raw text and is written back."""

from __future__ import annotations

import copy
import enum
from typing import Any

import pytest
from codegen.sdkfacts import snake_case
from providers import KEYS

from .sdk_support import TEST_BASE_URL, OperationCase, answering, json_response_examples, sdk

NEW_VALUE = "SOMETHING_NEW_from-the-provider"


def enum_classes() -> list[tuple[str, type[enum.Enum]]]:
    found = []
    for key in KEYS:
        models = sdk(key).submodule("models")
        for name in sorted(vars(models)):
            value = getattr(models, name)
            if isinstance(value, type) and issubclass(value, enum.Enum):
                found.append((f"{key}-{name}", value))
    return found


ENUMS = enum_classes()


def test_every_spec_enum_component_has_a_class() -> None:
    for key in KEYS:
        spec = sdk(key).spec
        named = [n for n, s in spec.schemas.items() if s.enum is not None]
        for name in named:
            assert any(label == f"{key}-{name}" for label, _ in ENUMS), f"{key}: {name}"


@pytest.mark.parametrize("enum_class", [cls for _, cls in ENUMS], ids=[label for label, _ in ENUMS])
def test_unknown_value_is_kept_not_rejected(enum_class: type[Any]) -> None:
    value = enum_class(NEW_VALUE)
    assert value.value == NEW_VALUE
    assert str(value) == NEW_VALUE
    assert value == NEW_VALUE
    assert value.is_known is False
    assert isinstance(value, enum_class)


@pytest.mark.parametrize("enum_class", [cls for _, cls in ENUMS], ids=[label for label, _ in ENUMS])
def test_known_values_are_members(enum_class: type[Any]) -> None:
    for member in enum_class:
        assert enum_class(member.value) is member
        assert member.is_known is True
        assert str(member) == member.value


def status_operations() -> list[OperationCase]:
    return [
        OperationCase(key, op_id)
        for key in KEYS
        for op_id, op in sorted(sdk(key).spec.operations.items())
        if op.async_status is not None
    ]


def _at_pointer(value: Any, pointer: str) -> Any:
    for part in pointer.strip("/").split("/"):
        value = value[part] if isinstance(value, dict) else getattr(value, snake_case(part))
    return value


def _set_pointer(value: Any, pointer: str, new: Any) -> None:
    *parents, last = pointer.strip("/").split("/")
    for part in parents:
        value = value[part]
    value[last] = new


@pytest.mark.parametrize("case", status_operations(), ids=str)
def test_status_answer_with_unknown_status_round_trips(case: OperationCase) -> None:
    assert case.op.async_status is not None
    pointer = "/" + "/".join(case.op.async_status.status)
    for example in [e for e in json_response_examples() if e.case == case and e.status == "200"]:
        body = copy.deepcopy(example.value)
        item = body[0] if isinstance(body, list) else body
        _set_pointer(item, pointer, NEW_VALUE)
        recorder = answering(example, body)
        client = case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": recorder.transport})
        parsed = case.module.sync_detailed(client=client, **case.kwargs()).parsed
        status = _at_pointer(parsed[0] if isinstance(parsed, list) else parsed, pointer)
        assert status.is_known is False
        assert status.value == NEW_VALUE
        assert parsed.to_dict() == body
