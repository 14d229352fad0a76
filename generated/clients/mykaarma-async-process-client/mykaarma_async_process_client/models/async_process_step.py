from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..models.async_process_status import AsyncProcessStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncProcessStep")


@_attrs_define
class AsyncProcessStep:
    """One step of an async process; steps run in `order`."""

    uuid: str | Unset = UNSET
    """ Identifier of the step. """
    order: int | Unset = UNSET
    """ Position of the step within the process (int32 per PROVIDERS.md). """
    key: str | Unset = UNSET
    """ Machine-readable key of the step. """
    detail: None | str | Unset = UNSET
    """ Free-text detail about the step's outcome; may be null before the step has run. """
    name: str | Unset = UNSET
    """ Human-readable name of the step. """
    start_time: None | str | Unset = UNSET
    """ When the step started. The reference page types it as a plain string and gives no
    format (no public example of a real value could be found), so no `date-time` format
    is asserted; null or absent while the step has not started.
     """
    end_time: None | str | Unset = UNSET
    """ When the step ended; a plain string like `startTime`. Null or absent while the step
    has not finished.
     """
    status: AsyncProcessStatus | Unset = UNSET
    """ State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
    running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
    (treated as success); `FAILED`: finished unsuccessfully.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        order = self.order
        if order is not UNSET:
            field_dict["order"] = order

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_uuid = d.pop("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            d["uuid"] = _raw_uuid

        _raw_order = d.pop("order", UNSET)
        try:
            order = _raw_order
            if not isinstance(order, (int, Unset)):
                raise TypeError("order")
        except PARSE_ERRORS:
            order = UNSET
            d["order"] = _raw_order

        _raw_key = d.pop("key", UNSET)
        try:
            key = _raw_key
            if not isinstance(key, (str, Unset)):
                raise TypeError("key")
        except PARSE_ERRORS:
            key = UNSET
            d["key"] = _raw_key

        _raw_detail = d.pop("detail", UNSET)
        try:

            def _parse_detail(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            detail = _parse_detail(_raw_detail)

        except PARSE_ERRORS:
            detail = UNSET
            d["detail"] = _raw_detail

        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        _raw_start_time = d.pop("startTime", UNSET)
        try:

            def _parse_start_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            start_time = _parse_start_time(_raw_start_time)

        except PARSE_ERRORS:
            start_time = UNSET
            d["startTime"] = _raw_start_time

        _raw_end_time = d.pop("endTime", UNSET)
        try:

            def _parse_end_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            end_time = _parse_end_time(_raw_end_time)

        except PARSE_ERRORS:
            end_time = UNSET
            d["endTime"] = _raw_end_time

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: AsyncProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AsyncProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            d["status"] = _raw_status

        async_process_step = cls(
            uuid=uuid,
            order=order,
            key=key,
            detail=detail,
            name=name,
            start_time=start_time,
            end_time=end_time,
            status=status,
        )

        async_process_step.additional_properties = d
        return async_process_step

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
