"""Models are views over the decoded JSON object (asyncstatus_core.model): `from_dict` converts nothing, a field is
converted when first read and then kept. What users see must be what eager attrs models gave them."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import pytest

from .sdk_support import sdk

STATUS: dict[str, Any] = {
    "processStatusId": "1",
    "entityId": "987654321",
    "eventType": "CONFIRM_SHIPMENT",
    "description": "Example process status description.",
    "status": "PENDING",
    "createTimestamp": "2025-08-06T14:08:30.691614431+02:00",
    "links": [{"rel": "self", "href": "https://api.bol.com/shared/process-status/1", "method": "GET"}],
    "somethingNew": {"kept": True},
}


def models() -> Any:
    return sdk("bol").submodule("models")


def test_a_field_is_converted_once_and_kept() -> None:
    parsed = models().ProcessStatus.from_dict(dict(STATUS))
    assert parsed.status is parsed.status
    assert parsed.links is parsed.links
    assert isinstance(parsed.create_timestamp, datetime.datetime)
    assert parsed.create_timestamp is parsed.create_timestamp


def test_an_unusable_required_field_raises_only_when_read_and_is_kept() -> None:
    m = models()
    errors = sdk("bol").submodule("errors")
    parsed = m.ProcessStatus.from_dict({**STATUS, "createTimestamp": 12})
    assert parsed.status == "PENDING"  # the other fields read as usual
    with pytest.raises(errors.MissingField):
        _ = parsed.create_timestamp
    assert parsed.additional_properties["createTimestamp"] == 12
    assert parsed.to_dict() == {**STATUS, "createTimestamp": 12}


def test_set_fields_are_written_back_and_unread_ones_as_received() -> None:
    m = models()
    parsed = m.ProcessStatus.from_dict(dict(STATUS))
    parsed.status = m.ProcessStatusStatus.SUCCESS
    parsed["extra"] = 1
    assert parsed.to_dict() == {**STATUS, "status": "SUCCESS", "extra": 1}


def test_views_compare_copy_and_pickle_like_constructed_models() -> None:
    m = models()
    parsed = m.ProcessStatusResponse.from_dict({"processStatuses": [dict(STATUS)]})
    for other in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert other == parsed
        assert other.to_dict() == parsed.to_dict() == {"processStatuses": [STATUS]}
    built = m.ProcessStatusId(process_status_id="7")
    assert built == m.ProcessStatusId.from_dict({"processStatusId": "7"})
    assert built != m.ProcessStatusId.from_dict({"processStatusId": "8"})
    assert "process_status_id='7'" in repr(built)
    missing = m.ProcessStatus.from_dict({})
    assert copy.deepcopy(missing) == missing  # MISSING survives a deep copy as the one marker
    assert "<missing>" in repr(missing)


@pytest.mark.parametrize("value", ["text", 3, None, ["a"]])
def test_from_dict_of_a_non_object_still_raises(value: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        models().ProcessStatus.from_dict(value)
