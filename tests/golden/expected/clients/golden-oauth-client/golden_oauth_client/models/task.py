from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.task_status import TaskStatus

T = TypeVar("T", bound="Task")


class Task:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"id": "id", "status": "status"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: str = PENDING
    _status: TaskStatus = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, id: str, status: TaskStatus) -> None:
        self._object_ = {}
        self._id = id
        self._status = status
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
    def status(self) -> TaskStatus:
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: TaskStatus) -> None:
        self._status = value

    def _load_status(self) -> TaskStatus:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = TaskStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._status is PENDING:
            self._load_status()

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
        if not isinstance(other, Task) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._id, self._status, self.additional_properties) == (
            other._id,
            other._status,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        fields.append(f"status={self._status!r}")
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

        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

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
