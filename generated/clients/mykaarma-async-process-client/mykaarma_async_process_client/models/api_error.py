from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


class ApiError:
    """One error reported by the API."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "error_code": "errorCode",
        "error_title": "errorTitle",
        "error_message": "errorMessage",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _error_code: int | Unset = PENDING
    _error_title: str | Unset = PENDING
    _error_message: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self, error_code: int | Unset = UNSET, error_title: str | Unset = UNSET, error_message: str | Unset = UNSET
    ) -> None:
        self._object_ = {}
        self._error_code = error_code
        self._error_title = error_title
        self._error_message = error_message
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def error_code(self) -> int | Unset:
        """Numeric myKaarma error code, not the HTTP status: myKaarma's published lists use
        codes like `100001`..`100025` (errors) and `150000` (warnings), and its UrlShortener
        source declares the field as a Java `Integer` (SOURCES.md S3, S4).
        """
        value = self._error_code
        if value is PENDING:
            value = self._load_error_code()
        return value

    @error_code.setter
    def error_code(self, value: int | Unset) -> None:
        self._error_code = value

    def _load_error_code(self) -> int | Unset:
        _raw_error_code = self._object_.get("errorCode", UNSET)
        try:
            error_code = _raw_error_code
            if not isinstance(error_code, (int, Unset)):
                raise TypeError("errorCode")
        except PARSE_ERRORS:
            error_code = UNSET
            if _raw_error_code is not UNSET:
                self._keep_unusable_("errorCode", _raw_error_code)
        self._error_code = error_code
        return self._error_code

    @property
    def error_title(self) -> str | Unset:
        """Short machine-style title of the error, an UPPER_SNAKE name such as `WRONG_CREDENTIAL`
        or `INTERNAL_SERVER_ERROR` (SOURCES.md S3, S4). Not an enum: each service has its own list.
        """
        value = self._error_title
        if value is PENDING:
            value = self._load_error_title()
        return value

    @error_title.setter
    def error_title(self, value: str | Unset) -> None:
        self._error_title = value

    def _load_error_title(self) -> str | Unset:
        _raw_error_title = self._object_.get("errorTitle", UNSET)
        try:
            error_title = _raw_error_title
            if not isinstance(error_title, (str, Unset)):
                raise TypeError("errorTitle")
        except PARSE_ERRORS:
            error_title = UNSET
            if _raw_error_title is not UNSET:
                self._keep_unusable_("errorTitle", _raw_error_title)
        self._error_title = error_title
        return self._error_title

    @property
    def error_message(self) -> str | Unset:
        """Human-readable explanation of the error."""
        value = self._error_message
        if value is PENDING:
            value = self._load_error_message()
        return value

    @error_message.setter
    def error_message(self, value: str | Unset) -> None:
        self._error_message = value

    def _load_error_message(self) -> str | Unset:
        _raw_error_message = self._object_.get("errorMessage", UNSET)
        try:
            error_message = _raw_error_message
            if not isinstance(error_message, (str, Unset)):
                raise TypeError("errorMessage")
        except PARSE_ERRORS:
            error_message = UNSET
            if _raw_error_message is not UNSET:
                self._keep_unusable_("errorMessage", _raw_error_message)
        self._error_message = error_message
        return self._error_message

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._error_code is PENDING:
            self._load_error_code()
        if self._error_title is PENDING:
            self._load_error_title()
        if self._error_message is PENDING:
            self._load_error_message()

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
        if not isinstance(other, ApiError) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._error_code, self._error_title, self._error_message, self.additional_properties) == (
            other._error_code,
            other._error_title,
            other._error_message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._error_code is not UNSET:
            fields.append(f"error_code={self._error_code!r}")
        if self._error_title is not UNSET:
            fields.append(f"error_title={self._error_title!r}")
        if self._error_message is not UNSET:
            fields.append(f"error_message={self._error_message!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        error_code = self._error_code
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        error_title = self._error_title
        if error_title is not UNSET:
            field_dict["errorTitle"] = error_title

        error_message = self._error_message
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

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
