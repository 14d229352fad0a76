from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="NotificationList")


class NotificationList:
    """One page of notifications in the provider's list envelope (the PHP SDK's `AbstractCollection`, S10)."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"entities": "entities", "pagination": "pagination"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _entities: list[Notification] = PENDING
    _pagination: Pagination = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, entities: list[Notification], pagination: Pagination) -> None:
        self._object_ = {}
        self._entities = entities
        self._pagination = pagination
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def entities(self) -> list[Notification]:
        value = self._entities
        if value is PENDING:
            value = self._load_entities()
        if value is MISSING:
            raise_missing(self, "entities", "entities")
        return value

    @entities.setter
    def entities(self, value: list[Notification]) -> None:
        self._entities = value

    def _load_entities(self) -> list[Notification]:
        _raw_entities = self._object_.get("entities", MISSING)
        try:
            entities = list(map(Notification.from_dict, _raw_entities))

        except PARSE_ERRORS:
            entities = MISSING
            if _raw_entities is not MISSING:
                self._keep_unusable_("entities", _raw_entities)
        self._entities = entities
        return self._entities

    @property
    def pagination(self) -> Pagination:
        """Where a page sits in the list (the PHP SDK's `Pagination` reads `limit`, `offset` and, optionally, `total`;
        S10)."""
        value = self._pagination
        if value is PENDING:
            value = self._load_pagination()
        if value is MISSING:
            raise_missing(self, "pagination", "pagination")
        return value

    @pagination.setter
    def pagination(self, value: Pagination) -> None:
        self._pagination = value

    def _load_pagination(self) -> Pagination:
        _raw_pagination = self._object_.get("pagination", MISSING)
        try:
            pagination = Pagination.from_dict(_raw_pagination)

        except PARSE_ERRORS:
            pagination = MISSING
            if _raw_pagination is not MISSING:
                self._keep_unusable_("pagination", _raw_pagination)
        self._pagination = pagination
        return self._pagination

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._entities is PENDING:
            self._load_entities()
        if self._pagination is PENDING:
            self._load_pagination()

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
        if not isinstance(other, NotificationList) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._entities, self._pagination, self.additional_properties) == (
            other._entities,
            other._pagination,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"entities={self._entities!r}")
        fields.append(f"pagination={self._pagination!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._entities is not MISSING:
            entities = []
            for entities_item_data in self._entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

            field_dict["entities"] = entities

        if self._pagination is not MISSING:
            pagination = self._pagination.to_dict()
            field_dict["pagination"] = pagination

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


from ..models.notification import Notification  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
