from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiErrorLinks")


@_attrs_define
class JsonApiErrorLinks:
    """Links of a JSON:API error object."""

    about: str | Unset = UNSET
    """ Link to further details about this occurrence of the problem. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        about = self.about
        if about is not UNSET:
            field_dict["about"] = about

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_about = d.pop("about", UNSET)
        try:
            about = _raw_about
            if not isinstance(about, (str, Unset)):
                raise TypeError("about")
        except PARSE_ERRORS:
            about = UNSET
            d["about"] = _raw_about

        json_api_error_links = cls(
            about=about,
        )

        json_api_error_links.additional_properties = d
        return json_api_error_links

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
