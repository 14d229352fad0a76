from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="Error")


class Error:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"code": "code", "message": "message"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _code: str = PENDING
    _message: str = PENDING
    _additional_properties: dict[str, str] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, code: str, message: str) -> None:
        self._object_ = {}
        self._code = code
        self._message = message
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def code(self) -> str:
        value = self._code
        if value is PENDING:
            value = self._load_code()
        if value is MISSING:
            raise_missing(self, "code", "code")
        return value

    @code.setter
    def code(self, value: str) -> None:
        self._code = value

    def _load_code(self) -> str:
        _raw_code = self._object_.get("code", MISSING)
        try:
            code = _raw_code
            if not isinstance(code, str):
                raise TypeError("code")
        except PARSE_ERRORS:
            code = MISSING
            if _raw_code is not MISSING:
                self._keep_unusable_("code", _raw_code)
        self._code = code
        return self._code

    @property
    def message(self) -> str:
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

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._code is PENDING:
            self._load_code()
        if self._message is PENDING:
            self._load_message()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, str]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, str]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, str]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Error) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._code, self._message, self.additional_properties) == (
            other._code,
            other._message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"code={self._code!r}")
        fields.append(f"message={self._message!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._code is not MISSING:
            code = self._code
            field_dict["code"] = code

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

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

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
