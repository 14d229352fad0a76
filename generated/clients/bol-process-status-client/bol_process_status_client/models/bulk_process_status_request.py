from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="BulkProcessStatusRequest")


@_attrs_define
class BulkProcessStatusRequest:
    """The process status ids to read in one request."""

    _process_status_queries: list[ProcessStatusId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def process_status_queries(self) -> list[ProcessStatusId]:
        value = self._process_status_queries
        if value is MISSING:
            raise_missing(self, "processStatusQueries", "process_status_queries")
        return value

    @process_status_queries.setter
    def process_status_queries(self, value: list[ProcessStatusId]) -> None:
        self._process_status_queries = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._process_status_queries is not MISSING:
            process_status_queries = []
            for process_status_queries_item_data in self._process_status_queries:
                process_status_queries_item = process_status_queries_item_data.to_dict()
                process_status_queries.append(process_status_queries_item)

            field_dict["processStatusQueries"] = process_status_queries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_process_status_queries = d.pop("processStatusQueries", MISSING)
        try:
            process_status_queries = []
            _process_status_queries = _raw_process_status_queries
            for process_status_queries_item_data in _process_status_queries:
                process_status_queries_item = ProcessStatusId.from_dict(process_status_queries_item_data)

                process_status_queries.append(process_status_queries_item)

        except PARSE_ERRORS:
            process_status_queries = MISSING
            if _raw_process_status_queries is not MISSING:
                d["processStatusQueries"] = _raw_process_status_queries

        bulk_process_status_request = cls(
            process_status_queries=process_status_queries,
        )

        bulk_process_status_request.additional_properties = d
        return bulk_process_status_request

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


from ..models.process_status_id import ProcessStatusId  # noqa: E402
