from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPoll")


class NotificationPoll:
    """The poll answer: `count` unacknowledged notifications and the oldest, `notification`, left
    out when the queue is empty (the PHP SDK's `NotificationPoll`, S10).

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"count": "count", "notification": "notification"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _count: int = PENDING
    _notification: Notification | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, count: int, notification: Notification | Unset = UNSET) -> None:
        self._object_ = {}
        self._count = count
        self._notification = notification
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def count(self) -> int:
        """How many notifications are not acknowledged yet."""
        value = self._count
        if value is PENDING:
            value = self._load_count()
        if value is MISSING:
            raise_missing(self, "count", "count")
        return value

    @count.setter
    def count(self, value: int) -> None:
        self._count = value

    def _load_count(self) -> int:
        _raw_count = self._object_.get("count", MISSING)
        try:
            count = _raw_count
            if not isinstance(count, int):
                raise TypeError("count")
        except PARSE_ERRORS:
            count = MISSING
            if _raw_count is not MISSING:
                self._keep_unusable_("count", _raw_count)
        self._count = count
        return self._count

    @property
    def notification(self) -> Notification | Unset:
        """A notification (the official PHP SDK's `Notification`, S10). Required: what that SDK reads
        unconditionally (`id`, `fireDate`, `message`, `eventType`, `notificationType`, `isAsync`);
        everything else it reads with `?? null` or `isset`, so it may be absent or null. `process`
        names the process the notification reports on.
        """
        value = self._notification
        if value is PENDING:
            value = self._load_notification()
        return value

    @notification.setter
    def notification(self, value: Notification | Unset) -> None:
        self._notification = value

    def _load_notification(self) -> Notification | Unset:
        _raw_notification = self._object_.get("notification", UNSET)
        try:
            _notification = _raw_notification
            notification: Notification | Unset
            if isinstance(_notification, Unset):
                notification = UNSET
            else:
                notification = Notification.from_dict(_notification)

        except PARSE_ERRORS:
            notification = UNSET
            if _raw_notification is not UNSET:
                self._keep_unusable_("notification", _raw_notification)
        self._notification = notification
        return self._notification

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._count is PENDING:
            self._load_count()
        if self._notification is PENDING:
            self._load_notification()

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
        if not isinstance(other, NotificationPoll) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._count, self._notification, self.additional_properties) == (
            other._count,
            other._notification,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"count={self._count!r}")
        if self._notification is not UNSET:
            fields.append(f"notification={self._notification!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._count is not MISSING:
            count = self._count
            field_dict["count"] = count

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self._notification, Unset):
            notification = self._notification.to_dict()
        if notification is not UNSET:
            field_dict["notification"] = notification

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
