from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessStatusResponse")


@_attrs_define
class ProcessStatusResponse:
    """A list of process statuses (the answer of the bulk and entity-id reads).

    bol's description requires `processStatuses`, but bol's serializer leaves empty arrays out:
    picqer records an empty order list as `{ }` and tests for exactly that
    (`tests/Fixtures/http/200-reduced-orders-empty`,
    `ClientTest::testMethodWithMissingFieldDueToEmptyArrayReturnsEmptyArray`
    @50d8cf6). A read that finds nothing (every asked id expired, or no status for the entity)
    can therefore be `{}`; read a missing `processStatuses` as an empty list.

    """

    process_statuses: list[ProcessStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        process_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.process_statuses, Unset):
            process_statuses = []
            for process_statuses_item_data in self.process_statuses:
                process_statuses_item = process_statuses_item_data.to_dict()
                process_statuses.append(process_statuses_item)

        if process_statuses is not UNSET:
            field_dict["processStatuses"] = process_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_process_statuses = d.pop("processStatuses", UNSET)
        try:
            _process_statuses = _raw_process_statuses
            process_statuses: list[ProcessStatus] | Unset = UNSET
            if _process_statuses is not UNSET:
                process_statuses = []
                for process_statuses_item_data in _process_statuses:
                    process_statuses_item = ProcessStatus.from_dict(process_statuses_item_data)

                    process_statuses.append(process_statuses_item)

        except PARSE_ERRORS:
            process_statuses = UNSET
            d["processStatuses"] = _raw_process_statuses

        process_status_response = cls(
            process_statuses=process_statuses,
        )

        process_status_response.additional_properties = d
        return process_status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.process_status import ProcessStatus  # noqa: E402
