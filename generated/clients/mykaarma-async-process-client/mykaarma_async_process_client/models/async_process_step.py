from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        uuid = self.uuid

        order = self.order

        key = self.key

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        name = self.name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if order is not UNSET:
            field_dict["order"] = order
        if key is not UNSET:
            field_dict["key"] = key
        if detail is not UNSET:
            field_dict["detail"] = detail
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        order = d.pop("order", UNSET)

        key = d.pop("key", UNSET)

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        name = d.pop("name", UNSET)

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        _status = d.pop("status", UNSET)
        status: AsyncProcessStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncProcessStatus.from_wire(_status)

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
