from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConstraintViolation")


class ConstraintViolation:
    """One failed constraint of a `ConstraintViolationException` (official TypeScript SDK)."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"field": "field", "message": "message", "value": "value"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _field: str = PENDING
    _message: str = PENDING
    _value: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, field: str, message: str, value: str | Unset = UNSET) -> None:
        self._object_ = {}
        self._field = field
        self._message = message
        self._value = value
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def field(self) -> str:
        """The parameter or field that failed validation."""
        value = self._field
        if value is PENDING:
            value = self._load_field()
        if value is MISSING:
            raise_missing(self, "field", "field")
        return value

    @field.setter
    def field(self, value: str) -> None:
        self._field = value

    def _load_field(self) -> str:
        _raw_field = self._object_.get("field", MISSING)
        try:
            field = _raw_field
            if not isinstance(field, str):
                raise TypeError("field")
        except PARSE_ERRORS:
            field = MISSING
            if _raw_field is not MISSING:
                self._keep_unusable_("field", _raw_field)
        self._field = field
        return self._field

    @property
    def message(self) -> str:
        """Why it failed."""
        value = self._message
        if value is PENDING:
            value = self._load_message()
        if value is MISSING:
            raise_missing(self, "message", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def _load_message(self) -> str:
        _raw_message = self._object_.get("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                self._keep_unusable_("message", _raw_message)
        self._message = message
        return self._message

    @property
    def value(self) -> str | Unset:
        """The rejected value, when echoed back."""
        value = self._value
        if value is PENDING:
            value = self._load_value()
        return value

    @value.setter
    def value(self, value: str | Unset) -> None:
        self._value = value

    def _load_value(self) -> str | Unset:
        _raw_value = self._object_.get("value", UNSET)
        try:
            value = _raw_value
            if not isinstance(value, (str, Unset)):
                raise TypeError("value")
        except PARSE_ERRORS:
            value = UNSET
            if _raw_value is not UNSET:
                self._keep_unusable_("value", _raw_value)
        self._value = value
        return self._value

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._field is PENDING:
            self._load_field()
        if self._message is PENDING:
            self._load_message()
        if self._value is PENDING:
            self._load_value()

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
        if not isinstance(other, ConstraintViolation) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._field, self._message, self._value, self.additional_properties) == (
            other._field,
            other._message,
            other._value,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"field={self._field!r}")
        fields.append(f"message={self._message!r}")
        if self._value is not UNSET:
            fields.append(f"value={self._value!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._field is not MISSING:
            field = self._field
            field_dict["field"] = field

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        value = self._value
        if value is not UNSET:
            field_dict["value"] = value

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
