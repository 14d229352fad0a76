from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSubscriber")


@_attrs_define
class ServiceSubscriber:
    """The service subscriber (API client account) the process belongs to."""

    name: str | Unset = UNSET
    """ Name of the service subscriber. """
    uuid: str | Unset = UNSET
    """ Identifier of the service subscriber. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        _raw_uuid = d.pop("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            d["uuid"] = _raw_uuid

        service_subscriber = cls(
            name=name,
            uuid=uuid,
        )

        service_subscriber.additional_properties = d
        return service_subscriber

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
