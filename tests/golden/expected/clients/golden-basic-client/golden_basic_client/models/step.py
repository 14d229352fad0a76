from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="Step")


class Step:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"name": "name", "status": "status", "started_at": "startedAt"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _name: str = PENDING
    _status: str = PENDING
    _started_at: datetime.datetime | None | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, name: str, status: str, started_at: datetime.datetime | None | Unset = UNSET) -> None:
        self._object_ = {}
        self._name = name
        self._status = status
        self._started_at = started_at
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def name(self) -> str:
        value = self._name
        if value is PENDING:
            value = self._load_name()
        if value is MISSING:
            raise_missing(self, "name", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def _load_name(self) -> str:
        _raw_name = self._object_.get("name", MISSING)
        try:
            name = _raw_name
            if not isinstance(name, str):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = MISSING
            if _raw_name is not MISSING:
                self._keep_unusable_("name", _raw_name)
        self._name = name
        return self._name

    @property
    def status(self) -> str:
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: str) -> None:
        self._status = value

    def _load_status(self) -> str:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = _raw_status
            if not isinstance(status, str):
                raise TypeError("status")
        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def started_at(self) -> datetime.datetime | None | Unset:
        value = self._started_at
        if value is PENDING:
            value = self._load_started_at()
        return value

    @started_at.setter
    def started_at(self, value: datetime.datetime | None | Unset) -> None:
        self._started_at = value

    def _load_started_at(self) -> datetime.datetime | None | Unset:
        _raw_started_at = self._object_.get("startedAt", UNSET)
        try:

            def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_at_type_0 = parse_datetime(data)

                    return started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            started_at = _parse_started_at(_raw_started_at)

        except PARSE_ERRORS:
            started_at = UNSET
            if _raw_started_at is not UNSET:
                self._keep_unusable_("startedAt", _raw_started_at)
        self._started_at = started_at
        return self._started_at

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._name is PENDING:
            self._load_name()
        if self._status is PENDING:
            self._load_status()
        if self._started_at is PENDING:
            self._load_started_at()

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
        if not isinstance(other, Step) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._name, self._status, self._started_at, self.additional_properties) == (
            other._name,
            other._status,
            other._started_at,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"name={self._name!r}")
        fields.append(f"status={self._status!r}")
        if self._started_at is not UNSET:
            fields.append(f"started_at={self._started_at!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._name is not MISSING:
            name = self._name
            field_dict["name"] = name

        if self._status is not MISSING:
            status = self._status
            field_dict["status"] = status

        started_at: None | str | Unset
        if isinstance(self._started_at, Unset):
            started_at = UNSET
        elif isinstance(self._started_at, datetime.datetime):
            started_at = format_datetime(self._started_at)
        else:
            started_at = self._started_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

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
