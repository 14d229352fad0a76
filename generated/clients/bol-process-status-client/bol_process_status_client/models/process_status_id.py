from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="ProcessStatusId")


@_attrs_define
class ProcessStatusId:
    """One process status id to look up."""

    _process_status_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def process_status_id(self) -> str:
        """A process status id, as returned by a PUT/POST/DELETE request."""
        value = self._process_status_id
        if value is MISSING:
            raise_missing(self, "processStatusId", "process_status_id")
        return value

    @process_status_id.setter
    def process_status_id(self, value: str) -> None:
        self._process_status_id = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._process_status_id is not MISSING:
            process_status_id = self._process_status_id
            field_dict["processStatusId"] = process_status_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_process_status_id = d.pop("processStatusId", MISSING)
        try:
            process_status_id = _raw_process_status_id
            if not isinstance(process_status_id, str):
                raise TypeError("processStatusId")
        except PARSE_ERRORS:
            process_status_id = MISSING
            if _raw_process_status_id is not MISSING:
                d["processStatusId"] = _raw_process_status_id

        process_status_id = cls(
            process_status_id=process_status_id,
        )

        process_status_id.additional_properties = d
        return process_status_id

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
