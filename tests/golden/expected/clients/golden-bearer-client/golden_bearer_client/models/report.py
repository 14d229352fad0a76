from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="Report")


class Report:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"id": "id", "owner": "owner"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: str = PENDING
    _owner: None | Owner | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, id: str, owner: None | Owner | Unset = UNSET) -> None:
        self._object_ = {}
        self._id = id
        self._owner = owner
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> str:
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
    def owner(self) -> None | Owner | Unset:
        value = self._owner
        if value is PENDING:
            value = self._load_owner()
        return value

    @owner.setter
    def owner(self, value: None | Owner | Unset) -> None:
        self._owner = value

    def _load_owner(self) -> None | Owner | Unset:
        _raw_owner = self._object_.get("owner", UNSET)
        try:

            def _parse_owner(data: object) -> None | Owner | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not (isinstance(data, dict) and {"name"} <= data.keys()):
                        raise TypeError()
                    owner_type_0 = Owner.from_dict(data)

                    return owner_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Owner | Unset, data)

            owner = _parse_owner(_raw_owner)

        except PARSE_ERRORS:
            owner = UNSET
            if _raw_owner is not UNSET:
                self._keep_unusable_("owner", _raw_owner)
        self._owner = owner
        return self._owner

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._owner is PENDING:
            self._load_owner()

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
        if not isinstance(other, Report) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._id, self._owner, self.additional_properties) == (
            other._id,
            other._owner,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        if self._owner is not UNSET:
            fields.append(f"owner={self._owner!r}")
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

        owner: dict[str, Any] | None | Unset
        if isinstance(self._owner, Unset):
            owner = UNSET
        elif isinstance(self._owner, Owner):
            owner = self._owner.to_dict()
        else:
            owner = self._owner
        if owner is not UNSET:
            field_dict["owner"] = owner

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


from ..models.owner import Owner  # noqa: E402
