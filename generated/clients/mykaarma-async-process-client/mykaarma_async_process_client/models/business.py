from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..models.business_type import BusinessType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Business")


@_attrs_define
class Business:
    """The business entity (dealer or product) the process acts on."""

    type_: BusinessType | Unset = UNSET
    """ Kind of business entity the process concerns (values from PROVIDERS.md; the reference page truncates the
    list). """
    uuid: str | Unset = UNSET
    """ Identifier of the business entity. """
    name: str | Unset = UNSET
    """ Name of the business entity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: BusinessType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BusinessType.from_wire(_type_)

        except PARSE_ERRORS:
            type_ = UNSET
            d["type"] = _raw_type_

        _raw_uuid = d.pop("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            d["uuid"] = _raw_uuid

        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        business = cls(
            type_=type_,
            uuid=uuid,
            name=name,
        )

        business.additional_properties = d
        return business

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
