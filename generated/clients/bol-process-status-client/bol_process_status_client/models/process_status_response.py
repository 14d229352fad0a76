from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProcessStatusResponse")


@_attrs_define
class ProcessStatusResponse:
    """A list of process statuses (the answer of the bulk and entity-id reads)."""

    process_statuses: list[ProcessStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_statuses = []
        for process_statuses_item_data in self.process_statuses:
            process_statuses_item = process_statuses_item_data.to_dict()
            process_statuses.append(process_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processStatuses": process_statuses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        process_statuses = []
        _process_statuses = d.pop("processStatuses")
        for process_statuses_item_data in _process_statuses:
            process_statuses_item = ProcessStatus.from_dict(process_statuses_item_data)

            process_statuses.append(process_statuses_item)

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
