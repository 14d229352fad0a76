from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiWarning")


@_attrs_define
class ApiWarning:
    """One warning reported by the API alongside an otherwise usable answer."""

    warning_code: int | Unset = UNSET
    """ Numeric myKaarma warning code (e.g. `150000`, SOURCES.md S3). """
    warning_title: str | Unset = UNSET
    """ Short title of the warning. """
    warning_message: str | Unset = UNSET
    """ Human-readable explanation of the warning. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        warning_code = self.warning_code
        if warning_code is not UNSET:
            field_dict["warningCode"] = warning_code

        warning_title = self.warning_title
        if warning_title is not UNSET:
            field_dict["warningTitle"] = warning_title

        warning_message = self.warning_message
        if warning_message is not UNSET:
            field_dict["warningMessage"] = warning_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_warning_code = d.pop("warningCode", UNSET)
        try:
            warning_code = _raw_warning_code
            if not isinstance(warning_code, (int, Unset)):
                raise TypeError("warningCode")
        except PARSE_ERRORS:
            warning_code = UNSET
            d["warningCode"] = _raw_warning_code

        _raw_warning_title = d.pop("warningTitle", UNSET)
        try:
            warning_title = _raw_warning_title
            if not isinstance(warning_title, (str, Unset)):
                raise TypeError("warningTitle")
        except PARSE_ERRORS:
            warning_title = UNSET
            d["warningTitle"] = _raw_warning_title

        _raw_warning_message = d.pop("warningMessage", UNSET)
        try:
            warning_message = _raw_warning_message
            if not isinstance(warning_message, (str, Unset)):
                raise TypeError("warningMessage")
        except PARSE_ERRORS:
            warning_message = UNSET
            d["warningMessage"] = _raw_warning_message

        api_warning = cls(
            warning_code=warning_code,
            warning_title=warning_title,
            warning_message=warning_message,
        )

        api_warning.additional_properties = d
        return api_warning

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
