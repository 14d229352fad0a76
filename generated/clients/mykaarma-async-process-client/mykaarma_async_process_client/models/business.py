from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        uuid = self.uuid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: BusinessType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BusinessType.from_wire(_type_)

        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

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
