from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One asynchronous task (ServiceStack DTO `Task`). JSON property names are camelCase. ServiceStack leaves properties
    whose value is null out of the JSON by default, so the optional properties are usually absent rather than `null`;
    both forms are accepted.

    """

    async_task_id: str
    """ ID of the task, a .NET `Guid` (required). On the wire form the sources differ: ServiceStack.Text writes a
    Guid as 32 hex digits without hyphens by default (the metadata page's sample shows
    `00000000000000000000000000000000`), while the usual textual form is hyphenated. The schema therefore accepts
    both by pattern instead of `format: uuid` (which names only the hyphenated form), and the SDKs keep the text as
    sent. """
    type_: str
    """ Kind of task (required). The docs give `stock`, `sellout` and `crm` as examples ("e.g."), not as a closed
    list, so this is a free string. """
    request_date: str
    """ When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata
    page, Data Type column), and does not document its layout, so no date format is claimed; the examples use ISO
    8601 for illustration only. """
    status: TaskStatus
    """ Status of a task. The docs introduce these four codes with "e.g." ('REQ', 'INP', 'COM', 'ERR'), so the list
    may not be exhaustive: this enum states the documented set, and a client should treat any other code as unknown,
    not as an error. Meaning as used by the waiters: `REQ` requested (not started), `INP` in progress, `COM`
    completed, `ERR` failed. """
    percentage: int
    """ Completion of the task in percent (required; .NET `int`). """
    brand: str
    """ Trigram (three-letter code) of the Richemont brand the task belongs to (required), e.g. `CAR`. """
    download_url: None | str | Unset = UNSET
    """ URL of the files the task created (optional). Typically set once the task has produced files. """
    signed_download_url: None | str | Unset = UNSET
    """ Presigned download URL that expires after some time (optional). Fetch it again through this API once it has
    expired. """
    total_results: int | None | Unset = UNSET
    """ Total number of operations of the task (optional; .NET `int?`). """
    total_succeeded: int | None | Unset = UNSET
    """ Number of operations that succeeded (optional; .NET `int?`). """
    total_failed: int | None | Unset = UNSET
    """ Number of operations that failed (optional; .NET `int?`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        async_task_id = self.async_task_id

        type_ = self.type_

        request_date = self.request_date

        status = self.status.value

        percentage = self.percentage

        brand = self.brand

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        signed_download_url: None | str | Unset
        if isinstance(self.signed_download_url, Unset):
            signed_download_url = UNSET
        else:
            signed_download_url = self.signed_download_url

        total_results: int | None | Unset
        if isinstance(self.total_results, Unset):
            total_results = UNSET
        else:
            total_results = self.total_results

        total_succeeded: int | None | Unset
        if isinstance(self.total_succeeded, Unset):
            total_succeeded = UNSET
        else:
            total_succeeded = self.total_succeeded

        total_failed: int | None | Unset
        if isinstance(self.total_failed, Unset):
            total_failed = UNSET
        else:
            total_failed = self.total_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asyncTaskId": async_task_id,
                "type": type_,
                "requestDate": request_date,
                "status": status,
                "percentage": percentage,
                "brand": brand,
            }
        )
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if signed_download_url is not UNSET:
            field_dict["signedDownloadUrl"] = signed_download_url
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results
        if total_succeeded is not UNSET:
            field_dict["totalSucceeded"] = total_succeeded
        if total_failed is not UNSET:
            field_dict["totalFailed"] = total_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        async_task_id = d.pop("asyncTaskId")

        type_ = d.pop("type")

        request_date = d.pop("requestDate")

        status = TaskStatus.from_wire(d.pop("status"))

        percentage = d.pop("percentage")

        brand = d.pop("brand")

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("downloadUrl", UNSET))

        def _parse_signed_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_download_url = _parse_signed_download_url(d.pop("signedDownloadUrl", UNSET))

        def _parse_total_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_results = _parse_total_results(d.pop("totalResults", UNSET))

        def _parse_total_succeeded(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_succeeded = _parse_total_succeeded(d.pop("totalSucceeded", UNSET))

        def _parse_total_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_failed = _parse_total_failed(d.pop("totalFailed", UNSET))

        task = cls(
            async_task_id=async_task_id,
            type_=type_,
            request_date=request_date,
            status=status,
            percentage=percentage,
            brand=brand,
            download_url=download_url,
            signed_download_url=signed_download_url,
            total_results=total_results,
            total_succeeded=total_succeeded,
            total_failed=total_failed,
        )

        task.additional_properties = d
        return task

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
