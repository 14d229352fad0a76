from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushNotification")


class PushNotification:
    """The body bol posts to a webhook subscription (see the top-level `webhooks`). bol's OpenAPI
    files give it no schema; the shape is that of bol's subscription docs (S12) and of a
    signed delivery recorded in a third-party client's tests (S11). The two disagree on the
    timestamp's name (`timestamp` in the docs, `timeStamp` in the recorded delivery): both are
    declared and neither is required. Unknown members are kept.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "retailer_id": "retailerId",
        "event": "event",
        "timestamp": "timestamp",
        "time_stamp": "timeStamp",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _retailer_id: int = PENDING
    _event: PushNotificationEvent = PENDING
    _timestamp: datetime.datetime | Unset = PENDING
    _time_stamp: datetime.datetime | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        retailer_id: int,
        event: PushNotificationEvent,
        timestamp: datetime.datetime | Unset = UNSET,
        time_stamp: datetime.datetime | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._retailer_id = retailer_id
        self._event = event
        self._timestamp = timestamp
        self._time_stamp = time_stamp
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def retailer_id(self) -> int:
        """The retailer the event belongs to."""
        value = self._retailer_id
        if value is PENDING:
            value = self._load_retailer_id()
        if value is MISSING:
            raise_missing(self, "retailerId", "retailer_id")
        return value

    @retailer_id.setter
    def retailer_id(self, value: int) -> None:
        self._retailer_id = value

    def _load_retailer_id(self) -> int:
        _raw_retailer_id = self._object_.get("retailerId", MISSING)
        try:
            retailer_id = _raw_retailer_id
            if not isinstance(retailer_id, int):
                raise TypeError("retailerId")
        except PARSE_ERRORS:
            retailer_id = MISSING
            if _raw_retailer_id is not MISSING:
                self._keep_unusable_("retailerId", _raw_retailer_id)
        self._retailer_id = retailer_id
        return self._retailer_id

    @property
    def event(self) -> PushNotificationEvent:
        """What happened. For `resource` `PROCESS_STATUS`, `type` is the final status (`SUCCESS`,
        `FAILURE` or `TIMEOUT`; bol never pushes `PENDING`) and `resourceId` "is the
        processStatusId" (bol's docs, S12). There is no event id and nothing is signed but the
        body: deduplicate on (`resource`, `resourceId`, `type`). `resource` and `type` are open
        strings: other subscribed resources (and bol's test message) use other values, which a
        receiver of process statuses accepts and ignores. The recorded delivery (S11) also carries an
        empty `links` array, whose items no source describes: it is left to `additionalProperties`.
        """
        value = self._event
        if value is PENDING:
            value = self._load_event()
        if value is MISSING:
            raise_missing(self, "event", "event")
        return value

    @event.setter
    def event(self, value: PushNotificationEvent) -> None:
        self._event = value

    def _load_event(self) -> PushNotificationEvent:
        _raw_event = self._object_.get("event", MISSING)
        try:
            event = PushNotificationEvent.from_dict(_raw_event)

        except PARSE_ERRORS:
            event = MISSING
            if _raw_event is not MISSING:
                self._keep_unusable_("event", _raw_event)
        self._event = event
        return self._event

    @property
    def timestamp(self) -> datetime.datetime | Unset:
        """When bol sent the event (bol's docs spell it this way, S12)."""
        value = self._timestamp
        if value is PENDING:
            value = self._load_timestamp()
        return value

    @timestamp.setter
    def timestamp(self, value: datetime.datetime | Unset) -> None:
        self._timestamp = value

    def _load_timestamp(self) -> datetime.datetime | Unset:
        _raw_timestamp = self._object_.get("timestamp", UNSET)
        try:
            _timestamp = _raw_timestamp
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

        except PARSE_ERRORS:
            timestamp = UNSET
            if _raw_timestamp is not UNSET:
                self._keep_unusable_("timestamp", _raw_timestamp)
        self._timestamp = timestamp
        return self._timestamp

    @property
    def time_stamp(self) -> datetime.datetime | Unset:
        """When bol sent the event (the recorded delivery spells it this way, S11)."""
        value = self._time_stamp
        if value is PENDING:
            value = self._load_time_stamp()
        return value

    @time_stamp.setter
    def time_stamp(self, value: datetime.datetime | Unset) -> None:
        self._time_stamp = value

    def _load_time_stamp(self) -> datetime.datetime | Unset:
        _raw_time_stamp = self._object_.get("timeStamp", UNSET)
        try:
            _time_stamp = _raw_time_stamp
            time_stamp: datetime.datetime | Unset
            if isinstance(_time_stamp, Unset):
                time_stamp = UNSET
            else:
                time_stamp = parse_datetime(_time_stamp)

        except PARSE_ERRORS:
            time_stamp = UNSET
            if _raw_time_stamp is not UNSET:
                self._keep_unusable_("timeStamp", _raw_time_stamp)
        self._time_stamp = time_stamp
        return self._time_stamp

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._retailer_id is PENDING:
            self._load_retailer_id()
        if self._event is PENDING:
            self._load_event()
        if self._timestamp is PENDING:
            self._load_timestamp()
        if self._time_stamp is PENDING:
            self._load_time_stamp()

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
        if not isinstance(other, PushNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._retailer_id, self._event, self._timestamp, self._time_stamp, self.additional_properties) == (
            other._retailer_id,
            other._event,
            other._timestamp,
            other._time_stamp,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"retailer_id={self._retailer_id!r}")
        fields.append(f"event={self._event!r}")
        if self._timestamp is not UNSET:
            fields.append(f"timestamp={self._timestamp!r}")
        if self._time_stamp is not UNSET:
            fields.append(f"time_stamp={self._time_stamp!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._retailer_id is not MISSING:
            retailer_id = self._retailer_id
            field_dict["retailerId"] = retailer_id

        if self._event is not MISSING:
            event = self._event.to_dict()
            field_dict["event"] = event

        timestamp: str | Unset = UNSET
        if not isinstance(self._timestamp, Unset):
            timestamp = format_datetime(self._timestamp)
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        time_stamp: str | Unset = UNSET
        if not isinstance(self._time_stamp, Unset):
            time_stamp = format_datetime(self._time_stamp)
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

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


from ..models.push_notification_event import PushNotificationEvent  # noqa: E402
