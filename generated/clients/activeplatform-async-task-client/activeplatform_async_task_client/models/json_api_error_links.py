from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiErrorLinks")


class JsonApiErrorLinks:
    """Links of a JSON:API error object."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"about": "about"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _about: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, about: str | Unset = UNSET) -> None:
        self._object_ = {}
        self._about = about
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def about(self) -> str | Unset:
        """Link to further details about this occurrence of the problem."""
        value = self._about
        if value is PENDING:
            value = self._load_about()
        return value

    @about.setter
    def about(self, value: str | Unset) -> None:
        self._about = value

    def _load_about(self) -> str | Unset:
        _raw_about = self._object_.get("about", UNSET)
        try:
            about = _raw_about
            if not isinstance(about, (str, Unset)):
                raise TypeError("about")
        except PARSE_ERRORS:
            about = UNSET
            if _raw_about is not UNSET:
                self._keep_unusable_("about", _raw_about)
        self._about = about
        return self._about

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._about is PENDING:
            self._load_about()

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
        if not isinstance(other, JsonApiErrorLinks) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._about, self.additional_properties) == (other._about, other.additional_properties)

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._about is not UNSET:
            fields.append(f"about={self._about!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        about = self._about
        if about is not UNSET:
            field_dict["about"] = about

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
