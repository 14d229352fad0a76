from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiResponse")


@_attrs_define
class ApiResponse:
    """myKaarma's common response envelope. Error answers (400, 401, 403, 500) consist of
    exactly this; successful answers extend it. Per PROVIDERS.md every body carries all
    three fields, so they are required (the reference page itself marks nothing required).

    """

    errors: list[ApiError]
    """ Errors of this request; empty on success. """
    warnings: list[ApiWarning]
    """ Warnings of this request; often empty. """
    api_request_id: str
    """ Identifier myKaarma assigns to this API call; quote it to myKaarma support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        api_request_id = self.api_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "warnings": warnings,
                "apiRequestId": api_request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ApiError.from_dict(errors_item_data)

            errors.append(errors_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = ApiWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        api_request_id = d.pop("apiRequestId")

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
