from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="EmptyTaskDetailResponse")


@_attrs_define
class EmptyTaskDetailResponse:
    """What `getTaskDetail` answers when the service itself fails (not found, any unhandled exception): ServiceStack
    creates the conventionally named `GetTaskDetailResponse`, which has no `ResponseStatus` property, and writes it with
    default values (https://docs.servicestack.net/error-handling, "Error Response Types"; ServiceStack source
    `WebRequestUtils.GetErrorResponseDtoType`, `DtoUtils.CreateErrorResponse`). Its strings and nullable counters are
    null and left out; the value types are written as their defaults: Guid.Empty and 0. The error text is only in the
    HTTP status line.

    """

    _async_task_id: str
    _percentage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def async_task_id(self) -> str:
        """Guid.Empty, as ServiceStack.Text writes it."""
        value = self._async_task_id
        if value is MISSING:
            raise_missing(self, "asyncTaskId", "async_task_id")
        return value

    @async_task_id.setter
    def async_task_id(self, value: str) -> None:
        self._async_task_id = value

    @property
    def percentage(self) -> int:
        """The default of .NET `int`."""
        value = self._percentage
        if value is MISSING:
            raise_missing(self, "percentage", "percentage")
        return value

    @percentage.setter
    def percentage(self, value: int) -> None:
        self._percentage = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._async_task_id is not MISSING:
            async_task_id = self._async_task_id
            field_dict["asyncTaskId"] = async_task_id

        if self._percentage is not MISSING:
            percentage = self._percentage
            field_dict["percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_async_task_id = d.pop("asyncTaskId", MISSING)
        try:
            async_task_id = _raw_async_task_id
            if not isinstance(async_task_id, str):
                raise TypeError("asyncTaskId")
        except PARSE_ERRORS:
            async_task_id = MISSING
            if _raw_async_task_id is not MISSING:
                d["asyncTaskId"] = _raw_async_task_id

        _raw_percentage = d.pop("percentage", MISSING)
        try:
            percentage = _raw_percentage
            if not isinstance(percentage, int):
                raise TypeError("percentage")
        except PARSE_ERRORS:
            percentage = MISSING
            if _raw_percentage is not MISSING:
                d["percentage"] = _raw_percentage

        empty_task_detail_response = cls(
            async_task_id=async_task_id,
            percentage=percentage,
        )

        empty_task_detail_response.additional_properties = d
        return empty_task_detail_response

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
