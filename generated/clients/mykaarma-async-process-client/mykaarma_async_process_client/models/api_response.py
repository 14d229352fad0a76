from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="ApiResponse")


@_attrs_define
class ApiResponse:
    """myKaarma's common response envelope. Error answers (400, 401, 403, 500) consist of
    exactly this; successful answers extend it. Per PROVIDERS.md every body carries all
    three fields, so they are required (the reference page itself marks nothing required).

    """

    _errors: list[ApiError]
    _warnings: list[ApiWarning]
    _api_request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def errors(self) -> list[ApiError]:
        """Errors of this request; empty on success."""
        value = self._errors
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[ApiError]) -> None:
        self._errors = value

    @property
    def warnings(self) -> list[ApiWarning]:
        """Warnings of this request; often empty."""
        value = self._warnings
        if value is MISSING:
            raise_missing(self, "warnings", "warnings")
        return value

    @warnings.setter
    def warnings(self, value: list[ApiWarning]) -> None:
        self._warnings = value

    @property
    def api_request_id(self) -> str:
        """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""
        value = self._api_request_id
        if value is MISSING:
            raise_missing(self, "apiRequestId", "api_request_id")
        return value

    @api_request_id.setter
    def api_request_id(self, value: str) -> None:
        self._api_request_id = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._errors is not MISSING:
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

            field_dict["errors"] = errors

        if self._warnings is not MISSING:
            warnings = []
            for warnings_item_data in self._warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

            field_dict["warnings"] = warnings

        if self._api_request_id is not MISSING:
            api_request_id = self._api_request_id
            field_dict["apiRequestId"] = api_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_errors = d.pop("errors", MISSING)
        try:
            errors = []
            _errors = _raw_errors
            for errors_item_data in _errors:
                errors_item = ApiError.from_dict(errors_item_data)

                errors.append(errors_item)

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                d["errors"] = _raw_errors

        _raw_warnings = d.pop("warnings", MISSING)
        try:
            warnings = []
            _warnings = _raw_warnings
            for warnings_item_data in _warnings:
                warnings_item = ApiWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        except PARSE_ERRORS:
            warnings = MISSING
            if _raw_warnings is not MISSING:
                d["warnings"] = _raw_warnings

        _raw_api_request_id = d.pop("apiRequestId", MISSING)
        try:
            api_request_id = _raw_api_request_id
            if not isinstance(api_request_id, str):
                raise TypeError("apiRequestId")
        except PARSE_ERRORS:
            api_request_id = MISSING
            if _raw_api_request_id is not MISSING:
                d["apiRequestId"] = _raw_api_request_id

        api_response = cls(
            errors=errors,
            warnings=warnings,
            api_request_id=api_request_id,
        )

        api_response.additional_properties = d
        return api_response

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


from ..models.api_error import ApiError  # noqa: E402
from ..models.api_warning import ApiWarning  # noqa: E402
