from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="ResultError")


class ResultError:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"kind": "kind", "reason": "reason"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _kind: Literal["error"] = PENDING
    _reason: str = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, kind: Literal["error"], reason: str) -> None:
        self._object_ = {}
        self._kind = kind
        self._reason = reason
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def kind(self) -> Literal["error"]:
        value = self._kind
        if value is PENDING:
            value = self._load_kind()
        if value is MISSING:
            raise_missing(self, "kind", "kind")
        return value

    @kind.setter
    def kind(self, value: Literal["error"]) -> None:
        self._kind = value

    def _load_kind(self) -> Literal["error"]:
        _raw_kind = self._object_.get("kind", MISSING)
        try:
            kind = cast(Literal["error"], _raw_kind)
            if kind != "error":
                raise ValueError(f"kind must match const 'error', got '{kind}'")
        except PARSE_ERRORS:
            kind = MISSING
            if _raw_kind is not MISSING:
                self._keep_unusable_("kind", _raw_kind)
        self._kind = kind
        return self._kind

    @property
    def reason(self) -> str:
        value = self._reason
        if value is PENDING:
            value = self._load_reason()
        if value is MISSING:
            raise_missing(self, "reason", "reason")
        return value

    @reason.setter
    def reason(self, value: str) -> None:
        self._reason = value

    def _load_reason(self) -> str:
        _raw_reason = self._object_.get("reason", MISSING)
        try:
            reason = _raw_reason
            if not isinstance(reason, str):
                raise TypeError("reason")
        except PARSE_ERRORS:
            reason = MISSING
            if _raw_reason is not MISSING:
                self._keep_unusable_("reason", _raw_reason)
        self._reason = reason
        return self._reason

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._kind is PENDING:
            self._load_kind()
        if self._reason is PENDING:
            self._load_reason()

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
        if not isinstance(other, ResultError) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._kind, self._reason, self.additional_properties) == (
            other._kind,
            other._reason,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"kind={self._kind!r}")
        fields.append(f"reason={self._reason!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._kind is not MISSING:
            kind = self._kind
            field_dict["kind"] = kind

        if self._reason is not MISSING:
            reason = self._reason
            field_dict["reason"] = reason

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
