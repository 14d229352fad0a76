from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..models.requester_user_type import RequesterUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequesterUser")


class RequesterUser:
    """The user on whose behalf the process was requested."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"type_": "type", "name": "name", "uuid": "uuid"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _type_: RequesterUserType | Unset = PENDING
    _name: str | Unset = PENDING
    _uuid: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self, type_: RequesterUserType | Unset = UNSET, name: str | Unset = UNSET, uuid: str | Unset = UNSET
    ) -> None:
        self._object_ = {}
        self._type_ = type_
        self._name = name
        self._uuid = uuid
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def type_(self) -> RequesterUserType | Unset:
        """Kind of user who requested the process (values from PROVIDERS.md; the reference page truncates the list)."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        return value

    @type_.setter
    def type_(self, value: RequesterUserType | Unset) -> None:
        self._type_ = value

    def _load_type_(self) -> RequesterUserType | Unset:
        _raw_type_ = self._object_.get("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RequesterUserType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RequesterUserType.from_wire(_type_)

        except PARSE_ERRORS:
            type_ = UNSET
            if _raw_type_ is not UNSET:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def name(self) -> str | Unset:
        """Name of the user."""
        value = self._name
        if value is PENDING:
            value = self._load_name()
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._name = value

    def _load_name(self) -> str | Unset:
        _raw_name = self._object_.get("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            if _raw_name is not UNSET:
                self._keep_unusable_("name", _raw_name)
        self._name = name
        return self._name

    @property
    def uuid(self) -> str | Unset:
        """Identifier of the user."""
        value = self._uuid
        if value is PENDING:
            value = self._load_uuid()
        return value

    @uuid.setter
    def uuid(self, value: str | Unset) -> None:
        self._uuid = value

    def _load_uuid(self) -> str | Unset:
        _raw_uuid = self._object_.get("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            if _raw_uuid is not UNSET:
                self._keep_unusable_("uuid", _raw_uuid)
        self._uuid = uuid
        return self._uuid

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._type_ is PENDING:
            self._load_type_()
        if self._name is PENDING:
            self._load_name()
        if self._uuid is PENDING:
            self._load_uuid()

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
        if not isinstance(other, RequesterUser) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._type_, self._name, self._uuid, self.additional_properties) == (
            other._type_,
            other._name,
            other._uuid,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._type_ is not UNSET:
            fields.append(f"type_={self._type_!r}")
        if self._name is not UNSET:
            fields.append(f"name={self._name!r}")
        if self._uuid is not UNSET:
            fields.append(f"uuid={self._uuid!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_: str | Unset = UNSET
        if not isinstance(self._type_, Unset):
            type_ = self._type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        name = self._name
        if name is not UNSET:
            field_dict["name"] = name

        uuid = self._uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

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
