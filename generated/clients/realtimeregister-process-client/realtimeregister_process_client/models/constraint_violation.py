from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConstraintViolation")


@_attrs_define
class ConstraintViolation:
    """One failed constraint of a `ConstraintViolationException` (official TypeScript SDK)."""

    _field: str
    _message: str
    value: str | Unset = UNSET
    """ The rejected value, when echoed back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field(self) -> str:
        """The parameter or field that failed validation."""
        value = self._field
        if value is MISSING:
            raise_missing(self, "field", "field")
        return value

    @field.setter
    def field(self, value: str) -> None:
        self._field = value

    @property
    def message(self) -> str:
        """Why it failed."""
        value = self._message
        if value is MISSING:
            raise_missing(self, "message", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._field is not MISSING:
            field = self._field
            field_dict["field"] = field

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_field = d.pop("field", MISSING)
        try:
            field = _raw_field
            if not isinstance(field, str):
                raise TypeError("field")
        except PARSE_ERRORS:
            field = MISSING
            if _raw_field is not MISSING:
                d["field"] = _raw_field

        _raw_message = d.pop("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                d["message"] = _raw_message

        _raw_value = d.pop("value", UNSET)
        try:
            value = _raw_value
            if not isinstance(value, (str, Unset)):
                raise TypeError("value")
        except PARSE_ERRORS:
            value = UNSET
            d["value"] = _raw_value

        constraint_violation = cls(
            field=field,
            message=message,
            value=value,
        )

        constraint_violation.additional_properties = d
        return constraint_violation

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
