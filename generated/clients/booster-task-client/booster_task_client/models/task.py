from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


class Task:
    """One asynchronous task (ServiceStack DTO `Task`). JSON property names are the DTO's own camelCase property names (the
    host's C# DTO page, https://dev-api-booster.richemont.com/xml/metadata?lang=csharp&op=GetTaskDetail).
    ServiceStack.Text leaves members whose value is null out of the JSON (`IncludeNullValues` defaults to false,
    ServiceStack source `JsConfigScope.cs`), so the optional members are absent rather than `null`; `null` is still
    accepted in case the host changes that setting.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "async_task_id": "asyncTaskId",
        "type_": "type",
        "request_date": "requestDate",
        "status": "status",
        "percentage": "percentage",
        "brand": "brand",
        "download_url": "downloadUrl",
        "signed_download_url": "signedDownloadUrl",
        "total_results": "totalResults",
        "total_succeeded": "totalSucceeded",
        "total_failed": "totalFailed",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _async_task_id: str = PENDING
    _type_: str = PENDING
    _request_date: str = PENDING
    _status: TaskStatus = PENDING
    _percentage: int = PENDING
    _brand: str = PENDING
    _download_url: None | str | Unset = PENDING
    _signed_download_url: None | str | Unset = PENDING
    _total_results: int | None | Unset = PENDING
    _total_succeeded: int | None | Unset = PENDING
    _total_failed: int | None | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        async_task_id: str,
        type_: str,
        request_date: str,
        status: TaskStatus,
        percentage: int,
        brand: str,
        download_url: None | str | Unset = UNSET,
        signed_download_url: None | str | Unset = UNSET,
        total_results: int | None | Unset = UNSET,
        total_succeeded: int | None | Unset = UNSET,
        total_failed: int | None | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._async_task_id = async_task_id
        self._type_ = type_
        self._request_date = request_date
        self._status = status
        self._percentage = percentage
        self._brand = brand
        self._download_url = download_url
        self._signed_download_url = signed_download_url
        self._total_results = total_results
        self._total_succeeded = total_succeeded
        self._total_failed = total_failed
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def async_task_id(self) -> str:
        """ID of the task, a .NET `Guid` (required). This host writes it as 32 hex digits without hyphens:
        ServiceStack.Text's default (`Guid.ToString("N")` in `JsonTypeSerializer`), and the host's own metadata samples
        show Guid.Empty as `00000000000000000000000000000000`. The hyphenated form is accepted too (a host configured
        with `JsConfig<Guid>.SerializeFn` writes it), by pattern instead of `format: uuid` (which names only the
        hyphenated form); the SDKs keep the text as sent."""
        value = self._async_task_id
        if value is PENDING:
            value = self._load_async_task_id()
        if value is MISSING:
            raise_missing(self, "asyncTaskId", "async_task_id")
        return value

    @async_task_id.setter
    def async_task_id(self, value: str) -> None:
        self._async_task_id = value

    def _load_async_task_id(self) -> str:
        _raw_async_task_id = self._object_.get("asyncTaskId", MISSING)
        try:
            async_task_id = _raw_async_task_id
            if not isinstance(async_task_id, str):
                raise TypeError("asyncTaskId")
        except PARSE_ERRORS:
            async_task_id = MISSING
            if _raw_async_task_id is not MISSING:
                self._keep_unusable_("asyncTaskId", _raw_async_task_id)
        self._async_task_id = async_task_id
        return self._async_task_id

    @property
    def type_(self) -> str:
        """Kind of task (required). The docs give `stock`, `sellout` and `crm` as examples ("e.g."), not as a closed
        list, so this is a free string."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: str) -> None:
        self._type_ = value

    def _load_type_(self) -> str:
        _raw_type_ = self._object_.get("type", MISSING)
        try:
            type_ = _raw_type_
            if not isinstance(type_, str):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def request_date(self) -> str:
        """When the task was created (required). The service declares it a .NET `string`, not a `DateTime` (metadata
        page, Data Type column), so ServiceStack's date handling does not apply: it is neither guaranteed to be RFC 3339
        nor ServiceStack's `/Date(ms-0000)/` form (which the host uses for `DateTime` members, per its `ExportSellOut`
        sample), but whatever text the service puts there, undocumented. No `format` is claimed; the examples use ISO
        8601 for illustration only, and a client should keep the text as sent."""
        value = self._request_date
        if value is PENDING:
            value = self._load_request_date()
        if value is MISSING:
            raise_missing(self, "requestDate", "request_date")
        return value

    @request_date.setter
    def request_date(self, value: str) -> None:
        self._request_date = value

    def _load_request_date(self) -> str:
        _raw_request_date = self._object_.get("requestDate", MISSING)
        try:
            request_date = _raw_request_date
            if not isinstance(request_date, str):
                raise TypeError("requestDate")
        except PARSE_ERRORS:
            request_date = MISSING
            if _raw_request_date is not MISSING:
                self._keep_unusable_("requestDate", _raw_request_date)
        self._request_date = request_date
        return self._request_date

    @property
    def status(self) -> TaskStatus:
        """Status of a task. The docs introduce these four codes with "e.g." ('REQ', 'INP', 'COM', 'ERR'), so the list
        may not be exhaustive: this enum states the documented set, and a client should treat any other code as unknown,
        not as an error. Meaning as used by the waiters: `REQ` requested (not started), `INP` in progress, `COM`
        completed, `ERR` failed."""
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: TaskStatus) -> None:
        self._status = value

    def _load_status(self) -> TaskStatus:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = TaskStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def percentage(self) -> int:
        """Completion of the task in percent (required; .NET `int`)."""
        value = self._percentage
        if value is PENDING:
            value = self._load_percentage()
        if value is MISSING:
            raise_missing(self, "percentage", "percentage")
        return value

    @percentage.setter
    def percentage(self, value: int) -> None:
        self._percentage = value

    def _load_percentage(self) -> int:
        _raw_percentage = self._object_.get("percentage", MISSING)
        try:
            percentage = _raw_percentage
            if not isinstance(percentage, int):
                raise TypeError("percentage")
        except PARSE_ERRORS:
            percentage = MISSING
            if _raw_percentage is not MISSING:
                self._keep_unusable_("percentage", _raw_percentage)
        self._percentage = percentage
        return self._percentage

    @property
    def brand(self) -> str:
        """Trigram (three-letter code) of the Richemont brand the task belongs to (required), e.g. `CAR`."""
        value = self._brand
        if value is PENDING:
            value = self._load_brand()
        if value is MISSING:
            raise_missing(self, "brand", "brand")
        return value

    @brand.setter
    def brand(self, value: str) -> None:
        self._brand = value

    def _load_brand(self) -> str:
        _raw_brand = self._object_.get("brand", MISSING)
        try:
            brand = _raw_brand
            if not isinstance(brand, str):
                raise TypeError("brand")
        except PARSE_ERRORS:
            brand = MISSING
            if _raw_brand is not MISSING:
                self._keep_unusable_("brand", _raw_brand)
        self._brand = brand
        return self._brand

    @property
    def download_url(self) -> None | str | Unset:
        """URL of the files the task created (optional). Typically set once the task has produced files."""
        value = self._download_url
        if value is PENDING:
            value = self._load_download_url()
        return value

    @download_url.setter
    def download_url(self, value: None | str | Unset) -> None:
        self._download_url = value

    def _load_download_url(self) -> None | str | Unset:
        _raw_download_url = self._object_.get("downloadUrl", UNSET)
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
            if _raw_download_url is not UNSET:
                self._keep_unusable_("downloadUrl", _raw_download_url)
        self._download_url = download_url
        return self._download_url

    @property
    def signed_download_url(self) -> None | str | Unset:
        """Presigned download URL that expires after some time (optional). Fetch it again through this API once it has
        expired."""
        value = self._signed_download_url
        if value is PENDING:
            value = self._load_signed_download_url()
        return value

    @signed_download_url.setter
    def signed_download_url(self, value: None | str | Unset) -> None:
        self._signed_download_url = value

    def _load_signed_download_url(self) -> None | str | Unset:
        _raw_signed_download_url = self._object_.get("signedDownloadUrl", UNSET)
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
            if _raw_signed_download_url is not UNSET:
                self._keep_unusable_("signedDownloadUrl", _raw_signed_download_url)
        self._signed_download_url = signed_download_url
        return self._signed_download_url

    @property
    def total_results(self) -> int | None | Unset:
        """Total number of operations of the task (optional; .NET `int?`)."""
        value = self._total_results
        if value is PENDING:
            value = self._load_total_results()
        return value

    @total_results.setter
    def total_results(self, value: int | None | Unset) -> None:
        self._total_results = value

    def _load_total_results(self) -> int | None | Unset:
        _raw_total_results = self._object_.get("totalResults", UNSET)
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
            if _raw_total_results is not UNSET:
                self._keep_unusable_("totalResults", _raw_total_results)
        self._total_results = total_results
        return self._total_results

    @property
    def total_succeeded(self) -> int | None | Unset:
        """Number of operations that succeeded (optional; .NET `int?`)."""
        value = self._total_succeeded
        if value is PENDING:
            value = self._load_total_succeeded()
        return value

    @total_succeeded.setter
    def total_succeeded(self, value: int | None | Unset) -> None:
        self._total_succeeded = value

    def _load_total_succeeded(self) -> int | None | Unset:
        _raw_total_succeeded = self._object_.get("totalSucceeded", UNSET)
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
            if _raw_total_succeeded is not UNSET:
                self._keep_unusable_("totalSucceeded", _raw_total_succeeded)
        self._total_succeeded = total_succeeded
        return self._total_succeeded

    @property
    def total_failed(self) -> int | None | Unset:
        """Number of operations that failed (optional; .NET `int?`)."""
        value = self._total_failed
        if value is PENDING:
            value = self._load_total_failed()
        return value

    @total_failed.setter
    def total_failed(self, value: int | None | Unset) -> None:
        self._total_failed = value

    def _load_total_failed(self) -> int | None | Unset:
        _raw_total_failed = self._object_.get("totalFailed", UNSET)
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
            if _raw_total_failed is not UNSET:
                self._keep_unusable_("totalFailed", _raw_total_failed)
        self._total_failed = total_failed
        return self._total_failed

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._async_task_id is PENDING:
            self._load_async_task_id()
        if self._type_ is PENDING:
            self._load_type_()
        if self._request_date is PENDING:
            self._load_request_date()
        if self._status is PENDING:
            self._load_status()
        if self._percentage is PENDING:
            self._load_percentage()
        if self._brand is PENDING:
            self._load_brand()
        if self._download_url is PENDING:
            self._load_download_url()
        if self._signed_download_url is PENDING:
            self._load_signed_download_url()
        if self._total_results is PENDING:
            self._load_total_results()
        if self._total_succeeded is PENDING:
            self._load_total_succeeded()
        if self._total_failed is PENDING:
            self._load_total_failed()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, Any]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Task) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._async_task_id,
            self._type_,
            self._request_date,
            self._status,
            self._percentage,
            self._brand,
            self._download_url,
            self._signed_download_url,
            self._total_results,
            self._total_succeeded,
            self._total_failed,
            self.additional_properties,
        ) == (
            other._async_task_id,
            other._type_,
            other._request_date,
            other._status,
            other._percentage,
            other._brand,
            other._download_url,
            other._signed_download_url,
            other._total_results,
            other._total_succeeded,
            other._total_failed,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"async_task_id={self._async_task_id!r}")
        fields.append(f"type_={self._type_!r}")
        fields.append(f"request_date={self._request_date!r}")
        fields.append(f"status={self._status!r}")
        fields.append(f"percentage={self._percentage!r}")
        fields.append(f"brand={self._brand!r}")
        if self._download_url is not UNSET:
            fields.append(f"download_url={self._download_url!r}")
        if self._signed_download_url is not UNSET:
            fields.append(f"signed_download_url={self._signed_download_url!r}")
        if self._total_results is not UNSET:
            fields.append(f"total_results={self._total_results!r}")
        if self._total_succeeded is not UNSET:
            fields.append(f"total_succeeded={self._total_succeeded!r}")
        if self._total_failed is not UNSET:
            fields.append(f"total_failed={self._total_failed!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
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
        if isinstance(self._download_url, Unset):
            download_url = UNSET
        else:
            download_url = self._download_url
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        signed_download_url: None | str | Unset
        if isinstance(self._signed_download_url, Unset):
            signed_download_url = UNSET
        else:
            signed_download_url = self._signed_download_url
        if signed_download_url is not UNSET:
            field_dict["signedDownloadUrl"] = signed_download_url

        total_results: int | None | Unset
        if isinstance(self._total_results, Unset):
            total_results = UNSET
        else:
            total_results = self._total_results
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results

        total_succeeded: int | None | Unset
        if isinstance(self._total_succeeded, Unset):
            total_succeeded = UNSET
        else:
            total_succeeded = self._total_succeeded
        if total_succeeded is not UNSET:
            field_dict["totalSucceeded"] = total_succeeded

        total_failed: int | None | Unset
        if isinstance(self._total_failed, Unset):
            total_failed = UNSET
        else:
            total_failed = self._total_failed
        if total_failed is not UNSET:
            field_dict["totalFailed"] = total_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self

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
