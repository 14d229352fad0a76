from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseError")


class ResponseError:
    """ServiceStack `ResponseError`, an error about one named field.

    The name is ServiceStack's, kept so the spec reads like the provider's own metadata; it
    clashes with the `ResponseError` class of OpenAPI Generator's `typescript-fetch` runtime, so
    a TypeScript client is generated with `--model-name-mappings ResponseError=ServiceStackResponseError`
    (as `make portability` does). Other generators need no mapping.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "error_code": "errorCode",
        "field_name": "fieldName",
        "message": "message",
        "meta": "meta",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _error_code: str = PENDING
    _field_name: str = PENDING
    _message: str = PENDING
    _meta: ResponseErrorMeta | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, error_code: str, field_name: str, message: str, meta: ResponseErrorMeta | Unset = UNSET) -> None:
        self._object_ = {}
        self._error_code = error_code
        self._field_name = field_name
        self._message = message
        self._meta = meta
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def error_code(self) -> str:
        """Machine-readable code of the field error."""
        value = self._error_code
        if value is PENDING:
            value = self._load_error_code()
        if value is MISSING:
            raise_missing(self, "errorCode", "error_code")
        return value

    @error_code.setter
    def error_code(self, value: str) -> None:
        self._error_code = value

    def _load_error_code(self) -> str:
        _raw_error_code = self._object_.get("errorCode", MISSING)
        try:
            error_code = _raw_error_code
            if not isinstance(error_code, str):
                raise TypeError("errorCode")
        except PARSE_ERRORS:
            error_code = MISSING
            if _raw_error_code is not MISSING:
                self._keep_unusable_("errorCode", _raw_error_code)
        self._error_code = error_code
        return self._error_code

    @property
    def field_name(self) -> str:
        """The request field the error is about."""
        value = self._field_name
        if value is PENDING:
            value = self._load_field_name()
        if value is MISSING:
            raise_missing(self, "fieldName", "field_name")
        return value

    @field_name.setter
    def field_name(self, value: str) -> None:
        self._field_name = value

    def _load_field_name(self) -> str:
        _raw_field_name = self._object_.get("fieldName", MISSING)
        try:
            field_name = _raw_field_name
            if not isinstance(field_name, str):
                raise TypeError("fieldName")
        except PARSE_ERRORS:
            field_name = MISSING
            if _raw_field_name is not MISSING:
                self._keep_unusable_("fieldName", _raw_field_name)
        self._field_name = field_name
        return self._field_name

    @property
    def message(self) -> str:
        """Human-readable message."""
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
    def meta(self) -> ResponseErrorMeta | Unset:
        """Additional string metadata about the field error."""
        value = self._meta
        if value is PENDING:
            value = self._load_meta()
        return value

    @meta.setter
    def meta(self, value: ResponseErrorMeta | Unset) -> None:
        self._meta = value

    def _load_meta(self) -> ResponseErrorMeta | Unset:
        _raw_meta = self._object_.get("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: ResponseErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseErrorMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            if _raw_meta is not UNSET:
                self._keep_unusable_("meta", _raw_meta)
        self._meta = meta
        return self._meta

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._error_code is PENDING:
            self._load_error_code()
        if self._field_name is PENDING:
            self._load_field_name()
        if self._message is PENDING:
            self._load_message()
        if self._meta is PENDING:
            self._load_meta()

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
        if not isinstance(other, ResponseError) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._error_code, self._field_name, self._message, self._meta, self.additional_properties) == (
            other._error_code,
            other._field_name,
            other._message,
            other._meta,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"error_code={self._error_code!r}")
        fields.append(f"field_name={self._field_name!r}")
        fields.append(f"message={self._message!r}")
        if self._meta is not UNSET:
            fields.append(f"meta={self._meta!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._error_code is not MISSING:
            error_code = self._error_code
            field_dict["errorCode"] = error_code

        if self._field_name is not MISSING:
            field_name = self._field_name
            field_dict["fieldName"] = field_name

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self._meta, Unset):
            meta = self._meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

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


from ..models.response_error_meta import ResponseErrorMeta  # noqa: E402
