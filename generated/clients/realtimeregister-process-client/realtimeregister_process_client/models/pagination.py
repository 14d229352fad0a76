from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


class Pagination:
    """Where a page sits in the list (the PHP SDK's `Pagination` reads `limit`, `offset` and, optionally, `total`; S10)."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"limit": "limit", "offset": "offset", "total": "total"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _limit: int = PENDING
    _offset: int = PENDING
    _total: int | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, limit: int, offset: int, total: int | Unset = UNSET) -> None:
        self._object_ = {}
        self._limit = limit
        self._offset = offset
        self._total = total
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def limit(self) -> int:
        value = self._limit
        if value is PENDING:
            value = self._load_limit()
        if value is MISSING:
            raise_missing(self, "limit", "limit")
        return value

    @limit.setter
    def limit(self, value: int) -> None:
        self._limit = value

    def _load_limit(self) -> int:
        _raw_limit = self._object_.get("limit", MISSING)
        try:
            limit = _raw_limit
            if not isinstance(limit, int):
                raise TypeError("limit")
        except PARSE_ERRORS:
            limit = MISSING
            if _raw_limit is not MISSING:
                self._keep_unusable_("limit", _raw_limit)
        self._limit = limit
        return self._limit

    @property
    def offset(self) -> int:
        value = self._offset
        if value is PENDING:
            value = self._load_offset()
        if value is MISSING:
            raise_missing(self, "offset", "offset")
        return value

    @offset.setter
    def offset(self, value: int) -> None:
        self._offset = value

    def _load_offset(self) -> int:
        _raw_offset = self._object_.get("offset", MISSING)
        try:
            offset = _raw_offset
            if not isinstance(offset, int):
                raise TypeError("offset")
        except PARSE_ERRORS:
            offset = MISSING
            if _raw_offset is not MISSING:
                self._keep_unusable_("offset", _raw_offset)
        self._offset = offset
        return self._offset

    @property
    def total(self) -> int | Unset:
        value = self._total
        if value is PENDING:
            value = self._load_total()
        return value

    @total.setter
    def total(self, value: int | Unset) -> None:
        self._total = value

    def _load_total(self) -> int | Unset:
        _raw_total = self._object_.get("total", UNSET)
        try:
            total = _raw_total
            if not isinstance(total, (int, Unset)):
                raise TypeError("total")
        except PARSE_ERRORS:
            total = UNSET
            if _raw_total is not UNSET:
                self._keep_unusable_("total", _raw_total)
        self._total = total
        return self._total

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._limit is PENDING:
            self._load_limit()
        if self._offset is PENDING:
            self._load_offset()
        if self._total is PENDING:
            self._load_total()

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
        if not isinstance(other, Pagination) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._limit, self._offset, self._total, self.additional_properties) == (
            other._limit,
            other._offset,
            other._total,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"limit={self._limit!r}")
        fields.append(f"offset={self._offset!r}")
        if self._total is not UNSET:
            fields.append(f"total={self._total!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._limit is not MISSING:
            limit = self._limit
            field_dict["limit"] = limit

        if self._offset is not MISSING:
            offset = self._offset
            field_dict["offset"] = offset

        total = self._total
        if total is not UNSET:
            field_dict["total"] = total

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
