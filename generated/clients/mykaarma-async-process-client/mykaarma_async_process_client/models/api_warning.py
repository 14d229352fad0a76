from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiWarning")


class ApiWarning:
    """One warning reported by the API alongside an otherwise usable answer."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "warning_code": "warningCode",
        "warning_title": "warningTitle",
        "warning_message": "warningMessage",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _warning_code: int | Unset = PENDING
    _warning_title: str | Unset = PENDING
    _warning_message: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        warning_code: int | Unset = UNSET,
        warning_title: str | Unset = UNSET,
        warning_message: str | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._warning_code = warning_code
        self._warning_title = warning_title
        self._warning_message = warning_message
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def warning_code(self) -> int | Unset:
        """Numeric myKaarma warning code (e.g. `150000`, SOURCES.md S3)."""
        value = self._warning_code
        if value is PENDING:
            value = self._load_warning_code()
        return value

    @warning_code.setter
    def warning_code(self, value: int | Unset) -> None:
        self._warning_code = value

    def _load_warning_code(self) -> int | Unset:
        _raw_warning_code = self._object_.get("warningCode", UNSET)
        try:
            warning_code = _raw_warning_code
            if not isinstance(warning_code, (int, Unset)):
                raise TypeError("warningCode")
        except PARSE_ERRORS:
            warning_code = UNSET
            if _raw_warning_code is not UNSET:
                self._keep_unusable_("warningCode", _raw_warning_code)
        self._warning_code = warning_code
        return self._warning_code

    @property
    def warning_title(self) -> str | Unset:
        """Short title of the warning."""
        value = self._warning_title
        if value is PENDING:
            value = self._load_warning_title()
        return value

    @warning_title.setter
    def warning_title(self, value: str | Unset) -> None:
        self._warning_title = value

    def _load_warning_title(self) -> str | Unset:
        _raw_warning_title = self._object_.get("warningTitle", UNSET)
        try:
            warning_title = _raw_warning_title
            if not isinstance(warning_title, (str, Unset)):
                raise TypeError("warningTitle")
        except PARSE_ERRORS:
            warning_title = UNSET
            if _raw_warning_title is not UNSET:
                self._keep_unusable_("warningTitle", _raw_warning_title)
        self._warning_title = warning_title
        return self._warning_title

    @property
    def warning_message(self) -> str | Unset:
        """Human-readable explanation of the warning."""
        value = self._warning_message
        if value is PENDING:
            value = self._load_warning_message()
        return value

    @warning_message.setter
    def warning_message(self, value: str | Unset) -> None:
        self._warning_message = value

    def _load_warning_message(self) -> str | Unset:
        _raw_warning_message = self._object_.get("warningMessage", UNSET)
        try:
            warning_message = _raw_warning_message
            if not isinstance(warning_message, (str, Unset)):
                raise TypeError("warningMessage")
        except PARSE_ERRORS:
            warning_message = UNSET
            if _raw_warning_message is not UNSET:
                self._keep_unusable_("warningMessage", _raw_warning_message)
        self._warning_message = warning_message
        return self._warning_message

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._warning_code is PENDING:
            self._load_warning_code()
        if self._warning_title is PENDING:
            self._load_warning_title()
        if self._warning_message is PENDING:
            self._load_warning_message()

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
        if not isinstance(other, ApiWarning) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._warning_code, self._warning_title, self._warning_message, self.additional_properties) == (
            other._warning_code,
            other._warning_title,
            other._warning_message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._warning_code is not UNSET:
            fields.append(f"warning_code={self._warning_code!r}")
        if self._warning_title is not UNSET:
            fields.append(f"warning_title={self._warning_title!r}")
        if self._warning_message is not UNSET:
            fields.append(f"warning_message={self._warning_message!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        warning_code = self._warning_code
        if warning_code is not UNSET:
            field_dict["warningCode"] = warning_code

        warning_title = self._warning_title
        if warning_title is not UNSET:
            field_dict["warningTitle"] = warning_title

        warning_message = self._warning_message
        if warning_message is not UNSET:
            field_dict["warningMessage"] = warning_message

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
