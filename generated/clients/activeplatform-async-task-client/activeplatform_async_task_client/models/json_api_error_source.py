from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiErrorSource")


@_attrs_define
class JsonApiErrorSource:
    """What in the request caused the error."""

    pointer: str | Unset = UNSET
    """ JSON Pointer (RFC 6901) to the offending value in the request document. """
    parameter: str | Unset = UNSET
    """ Name of the URI parameter (path or query) that caused the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        pointer = self.pointer
        if pointer is not UNSET:
            field_dict["pointer"] = pointer

        parameter = self.parameter
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_pointer = d.pop("pointer", UNSET)
        try:
            pointer = _raw_pointer
            if not isinstance(pointer, (str, Unset)):
                raise TypeError("pointer")
        except PARSE_ERRORS:
            pointer = UNSET
            d["pointer"] = _raw_pointer

        _raw_parameter = d.pop("parameter", UNSET)
        try:
            parameter = _raw_parameter
            if not isinstance(parameter, (str, Unset)):
                raise TypeError("parameter")
        except PARSE_ERRORS:
            parameter = UNSET
            d["parameter"] = _raw_parameter

        json_api_error_source = cls(
            pointer=pointer,
            parameter=parameter,
        )

        json_api_error_source.additional_properties = d
        return json_api_error_source

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
