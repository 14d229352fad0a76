from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.async_task_resource_type import AsyncTaskResourceType

T = TypeVar("T", bound="AsyncTask")


class AsyncTask:
    """JSON:API resource object of an asynchronous task."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"id": "id", "type_": "type", "attributes": "attributes"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: str = PENDING
    _type_: AsyncTaskResourceType = PENDING
    _attributes: AsyncTaskAttributes = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, id: str, type_: AsyncTaskResourceType, attributes: AsyncTaskAttributes) -> None:
        self._object_ = {}
        self._id = id
        self._type_ = type_
        self._attributes = attributes
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> str:
        """Identifier of an asynchronous task in a JSON:API resource object, where ids are strings: the
        string holds a decimal integer (as the documentation's argument table types the ID) or a
        UUID (as its request and response examples show).
        """
        value = self._id
        if value is PENDING:
            value = self._load_id()
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    def _load_id(self) -> str:
        _raw_id = self._object_.get("id", MISSING)
        try:
            id = _raw_id
            if not isinstance(id, str):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                self._keep_unusable_("id", _raw_id)
        self._id = id
        return self._id

    @property
    def type_(self) -> AsyncTaskResourceType:
        """JSON:API resource type of an asynchronous task (the documentation's example shows `async_tasks`)."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: AsyncTaskResourceType) -> None:
        self._type_ = value

    def _load_type_(self) -> AsyncTaskResourceType:
        _raw_type_ = self._object_.get("type", MISSING)
        try:
            type_ = AsyncTaskResourceType.from_wire(_raw_type_)

        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def attributes(self) -> AsyncTaskAttributes:
        """State of the asynchronous task."""
        value = self._attributes
        if value is PENDING:
            value = self._load_attributes()
        if value is MISSING:
            raise_missing(self, "attributes", "attributes")
        return value

    @attributes.setter
    def attributes(self, value: AsyncTaskAttributes) -> None:
        self._attributes = value

    def _load_attributes(self) -> AsyncTaskAttributes:
        _raw_attributes = self._object_.get("attributes", MISSING)
        try:
            attributes = AsyncTaskAttributes.from_dict(_raw_attributes)

        except PARSE_ERRORS:
            attributes = MISSING
            if _raw_attributes is not MISSING:
                self._keep_unusable_("attributes", _raw_attributes)
        self._attributes = attributes
        return self._attributes

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._type_ is PENDING:
            self._load_type_()
        if self._attributes is PENDING:
            self._load_attributes()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, Any]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AsyncTask) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._id, self._type_, self._attributes, self.additional_properties) == (
            other._id,
            other._type_,
            other._attributes,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        fields.append(f"type_={self._type_!r}")
        fields.append(f"attributes={self._attributes!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
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
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self

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
