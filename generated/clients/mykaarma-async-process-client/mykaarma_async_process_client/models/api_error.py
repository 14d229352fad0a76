from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """One error reported by the API."""

    error_code: int | Unset = UNSET
    """ Numeric myKaarma error code, not the HTTP status: myKaarma's published lists use
    codes like `100001`..`100025` (errors) and `150000` (warnings), and its UrlShortener
    source declares the field as a Java `Integer` (SOURCES.md S3, S4).
     """
    error_title: str | Unset = UNSET
    """ Short machine-style title of the error, an UPPER_SNAKE name such as `WRONG_CREDENTIAL`
    or `INTERNAL_SERVER_ERROR` (SOURCES.md S3, S4). Not an enum: each service has its own list.
     """
    error_message: str | Unset = UNSET
    """ Human-readable explanation of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        error_code = self.error_code
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        error_title = self.error_title
        if error_title is not UNSET:
            field_dict["errorTitle"] = error_title

        error_message = self.error_message
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_error_code = d.pop("errorCode", UNSET)
        try:
            error_code = _raw_error_code
            if not isinstance(error_code, (int, Unset)):
                raise TypeError("errorCode")
        except PARSE_ERRORS:
            error_code = UNSET
            d["errorCode"] = _raw_error_code

        _raw_error_title = d.pop("errorTitle", UNSET)
        try:
            error_title = _raw_error_title
            if not isinstance(error_title, (str, Unset)):
                raise TypeError("errorTitle")
        except PARSE_ERRORS:
            error_title = UNSET
            d["errorTitle"] = _raw_error_title

        _raw_error_message = d.pop("errorMessage", UNSET)
        try:
            error_message = _raw_error_message
            if not isinstance(error_message, (str, Unset)):
                raise TypeError("errorMessage")
        except PARSE_ERRORS:
            error_message = UNSET
            d["errorMessage"] = _raw_error_message

        api_error = cls(
            error_code=error_code,
            error_title=error_title,
            error_message=error_message,
        )

        api_error.additional_properties = d
        return api_error

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
