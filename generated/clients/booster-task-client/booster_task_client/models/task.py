from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One asynchronous task (ServiceStack DTO `Task`). JSON property names are the DTO's own camelCase property names (the
    host's C# DTO page, https://dev-api-booster.richemont.com/xml/metadata?lang=csharp&op=GetTaskDetail).
    ServiceStack.Text leaves members whose value is null out of the JSON (`IncludeNullValues` defaults to false,
    ServiceStack source `JsConfigScope.cs`), so the optional members are absent rather than `null`; `null` is still
    accepted in case the host changes that setting.

    """

    _async_task_id: str
    _type_: str
    _request_date: str
    _status: TaskStatus
    _percentage: int
    _brand: str
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

    @property
    def async_task_id(self) -> str:
        """ID of the task, a .NET `Guid` (required). This host writes it as 32 hex digits without hyphens:
        ServiceStack.Text's default (`Guid.ToString("N")` in `JsonTypeSerializer`), and the host's own metadata samples
        show Guid.Empty as `00000000000000000000000000000000`. The hyphenated form is accepted too (a host configured
        with `JsConfig<Guid>.SerializeFn` writes it), by pattern instead of `format: uuid` (which names only the
        hyphenated form); the SDKs keep the text as sent."""
        value = self._async_task_id
        if value is MISSING:
            raise_missing(self, "asyncTaskId", "async_task_id")
        return value

    @async_task_id.setter
    def async_task_id(self, value: str) -> None:
        self._async_task_id = value

    @property
    def type_(self) -> str:
        """Kind of task (required). The docs give `stock`, `sellout` and `crm` as examples ("e.g."), not as a closed
        list, so this is a free string."""
        value = self._type_
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: str) -> None:
        self._type_ = value

    @property
    def request_date(self) -> str:
        """When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata
        page, Data Type column), so ServiceStack's date handling does not apply: it is neither guaranteed to be RFC 3339
        nor ServiceStack's `/Date(ms-0000)/` form (which the host uses for `DateTime` members, per its `ExportSellOut`
        sample), but whatever text the service puts there, undocumented. No `format` is claimed; the examples use ISO
        8601 for illustration only, and a client should keep the text as sent."""
        value = self._request_date
        if value is MISSING:
            raise_missing(self, "requestDate", "request_date")
        return value

    @request_date.setter
    def request_date(self, value: str) -> None:
        self._request_date = value

    @property
    def status(self) -> TaskStatus:
        """Status of a task. The docs introduce these four codes with "e.g." ('REQ', 'INP', 'COM', 'ERR'), so the list
        may not be exhaustive: this enum states the documented set, and a client should treat any other code as unknown,
        not as an error. Meaning as used by the waiters: `REQ` requested (not started), `INP` in progress, `COM`
        completed, `ERR` failed."""
        value = self._status
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: TaskStatus) -> None:
        self._status = value

    @property
    def percentage(self) -> int:
        """Completion of the task in percent (required; .NET `int`)."""
        value = self._percentage
        if value is MISSING:
            raise_missing(self, "percentage", "percentage")
        return value

    @percentage.setter
    def percentage(self, value: int) -> None:
        self._percentage = value

    @property
    def brand(self) -> str:
        """Trigram (three-letter code) of the Richemont brand the task belongs to (required), e.g. `CAR`."""
        value = self._brand
        if value is MISSING:
            raise_missing(self, "brand", "brand")
        return value

    @brand.setter
    def brand(self, value: str) -> None:
        self._brand = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._async_task_id is not MISSING:
            async_task_id = self._async_task_id
            field_dict["asyncTaskId"] = async_task_id

        if self._type_ is not MISSING:
            type_ = self._type_
            field_dict["type"] = type_

        if self._request_date is not MISSING:
            request_date = self._request_date
            field_dict["requestDate"] = request_date

        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

        if self._percentage is not MISSING:
            percentage = self._percentage
            field_dict["percentage"] = percentage

        if self._brand is not MISSING:
            brand = self._brand
            field_dict["brand"] = brand

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        signed_download_url: None | str | Unset
        if isinstance(self.signed_download_url, Unset):
            signed_download_url = UNSET
        else:
            signed_download_url = self.signed_download_url
        if signed_download_url is not UNSET:
            field_dict["signedDownloadUrl"] = signed_download_url

        total_results: int | None | Unset
        if isinstance(self.total_results, Unset):
            total_results = UNSET
        else:
            total_results = self.total_results
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results

        total_succeeded: int | None | Unset
        if isinstance(self.total_succeeded, Unset):
            total_succeeded = UNSET
        else:
            total_succeeded = self.total_succeeded
        if total_succeeded is not UNSET:
            field_dict["totalSucceeded"] = total_succeeded

        total_failed: int | None | Unset
        if isinstance(self.total_failed, Unset):
            total_failed = UNSET
        else:
            total_failed = self.total_failed
        if total_failed is not UNSET:
            field_dict["totalFailed"] = total_failed

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

        _raw_type_ = d.pop("type", MISSING)
        try:
            type_ = _raw_type_
            if not isinstance(type_, str):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                d["type"] = _raw_type_

        _raw_request_date = d.pop("requestDate", MISSING)
        try:
            request_date = _raw_request_date
            if not isinstance(request_date, str):
                raise TypeError("requestDate")
        except PARSE_ERRORS:
            request_date = MISSING
            if _raw_request_date is not MISSING:
                d["requestDate"] = _raw_request_date

        _raw_status = d.pop("status", MISSING)
        try:
            status = TaskStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                d["status"] = _raw_status

        _raw_percentage = d.pop("percentage", MISSING)
        try:
            percentage = _raw_percentage
            if not isinstance(percentage, int):
                raise TypeError("percentage")
        except PARSE_ERRORS:
            percentage = MISSING
            if _raw_percentage is not MISSING:
                d["percentage"] = _raw_percentage

        _raw_brand = d.pop("brand", MISSING)
        try:
            brand = _raw_brand
            if not isinstance(brand, str):
                raise TypeError("brand")
        except PARSE_ERRORS:
            brand = MISSING
            if _raw_brand is not MISSING:
                d["brand"] = _raw_brand

        _raw_download_url = d.pop("downloadUrl", UNSET)
        try:

            def _parse_download_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            download_url = _parse_download_url(_raw_download_url)

        except PARSE_ERRORS:
            download_url = UNSET
            d["downloadUrl"] = _raw_download_url

        _raw_signed_download_url = d.pop("signedDownloadUrl", UNSET)
        try:

            def _parse_signed_download_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            signed_download_url = _parse_signed_download_url(_raw_signed_download_url)

        except PARSE_ERRORS:
            signed_download_url = UNSET
            d["signedDownloadUrl"] = _raw_signed_download_url

        _raw_total_results = d.pop("totalResults", UNSET)
        try:

            def _parse_total_results(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            total_results = _parse_total_results(_raw_total_results)

        except PARSE_ERRORS:
            total_results = UNSET
            d["totalResults"] = _raw_total_results

        _raw_total_succeeded = d.pop("totalSucceeded", UNSET)
        try:

            def _parse_total_succeeded(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            total_succeeded = _parse_total_succeeded(_raw_total_succeeded)

        except PARSE_ERRORS:
            total_succeeded = UNSET
            d["totalSucceeded"] = _raw_total_succeeded

        _raw_total_failed = d.pop("totalFailed", UNSET)
        try:

            def _parse_total_failed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            total_failed = _parse_total_failed(_raw_total_failed)

        except PARSE_ERRORS:
            total_failed = UNSET
            d["totalFailed"] = _raw_total_failed

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
