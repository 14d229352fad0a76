from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="AsyncTaskDocument")


@_attrs_define
class AsyncTaskDocument:
    """JSON:API top-level document holding one asynchronous task."""

    _data: AsyncTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> AsyncTask:
        """JSON:API resource object of an asynchronous task."""
        value = self._data
        if value is MISSING:
            raise_missing(self, "data", "data")
        return value

    @data.setter
    def data(self, value: AsyncTask) -> None:
        self._data = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._data is not MISSING:
            data = self._data.to_dict()
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_data = d.pop("data", MISSING)
        try:
            data = AsyncTask.from_dict(_raw_data)

        except PARSE_ERRORS:
            data = MISSING
            if _raw_data is not MISSING:
                d["data"] = _raw_data

        async_task_document = cls(
            data=data,
        )

        async_task_document.additional_properties = d
        return async_task_document

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


from ..models.async_task import AsyncTask  # noqa: E402
