from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..models.async_task_resource_type import AsyncTaskResourceType

T = TypeVar("T", bound="AsyncTask")


@_attrs_define
class AsyncTask:
    """JSON:API resource object of an asynchronous task."""

    _id: str
    _type_: AsyncTaskResourceType
    _attributes: AsyncTaskAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        """Identifier of an asynchronous task in a JSON:API resource object, where ids are strings: the
        string holds a decimal integer (as the documentation's argument table types the ID) or a
        UUID (as its request and response examples show).
        """
        value = self._id
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def type_(self) -> AsyncTaskResourceType:
        """JSON:API resource type of an asynchronous task (the documentation's example shows `async_tasks`)."""
        value = self._type_
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: AsyncTaskResourceType) -> None:
        self._type_ = value

    @property
    def attributes(self) -> AsyncTaskAttributes:
        """State of the asynchronous task."""
        value = self._attributes
        if value is MISSING:
            raise_missing(self, "attributes", "attributes")
        return value

    @attributes.setter
    def attributes(self, value: AsyncTaskAttributes) -> None:
        self._attributes = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = self._id
            field_dict["id"] = id

        if self._type_ is not MISSING:
            type_ = self._type_.value
            field_dict["type"] = type_

        if self._attributes is not MISSING:
            attributes = self._attributes.to_dict()
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_id = d.pop("id", MISSING)
        try:
            id = _raw_id
            if not isinstance(id, str):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                d["id"] = _raw_id

        _raw_type_ = d.pop("type", MISSING)
        try:
            type_ = AsyncTaskResourceType.from_wire(_raw_type_)

        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                d["type"] = _raw_type_

        _raw_attributes = d.pop("attributes", MISSING)
        try:
            attributes = AsyncTaskAttributes.from_dict(_raw_attributes)

        except PARSE_ERRORS:
            attributes = MISSING
            if _raw_attributes is not MISSING:
                d["attributes"] = _raw_attributes

        async_task = cls(
            id=id,
            type_=type_,
            attributes=attributes,
        )

        async_task.additional_properties = d
        return async_task

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


from ..models.async_task_attributes import AsyncTaskAttributes  # noqa: E402
