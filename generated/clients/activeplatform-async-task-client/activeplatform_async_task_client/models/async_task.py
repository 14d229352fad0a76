from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_task_resource_type import AsyncTaskResourceType

T = TypeVar("T", bound="AsyncTask")


@_attrs_define
class AsyncTask:
    """JSON:API resource object of an asynchronous task."""

    id: str
    """ Identifier of an asynchronous task in a JSON:API resource object, where ids are strings: the
    string holds a decimal integer (as the documentation's argument table types the ID) or a
    UUID (as its request and response examples show).
     """
    type_: AsyncTaskResourceType
    """ JSON:API resource type of an asynchronous task (the documentation's example shows `async_tasks`). """
    attributes: AsyncTaskAttributes
    """ State of the asynchronous task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = AsyncTaskResourceType.from_wire(d.pop("type"))

        attributes = AsyncTaskAttributes.from_dict(d.pop("attributes"))

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
