from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..models.notification_subject_status import NotificationSubjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


class Notification:
    """A notification (the official PHP SDK's `Notification`, S10). Required: what that SDK reads
    unconditionally (`id`, `fireDate`, `message`, `eventType`, `notificationType`, `isAsync`);
    everything else it reads with `?? null` or `isset`, so it may be absent or null. `process`
    names the process the notification reports on.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "id": "id",
        "fire_date": "fireDate",
        "message": "message",
        "event_type": "eventType",
        "notification_type": "notificationType",
        "is_async": "isAsync",
        "read_date": "readDate",
        "acknowledge_date": "acknowledgeDate",
        "delivery_date": "deliveryDate",
        "expiry_date": "expiryDate",
        "reason": "reason",
        "customer": "customer",
        "process": "process",
        "process_identifier": "processIdentifier",
        "process_type": "processType",
        "payload": "payload",
        "transfer_type": "transferType",
        "domain_name": "domainName",
        "certificate_id": "certificateId",
        "subject_status": "subjectStatus",
        "status_detail": "statusDetail",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: int = PENDING
    _fire_date: datetime.datetime = PENDING
    _message: str = PENDING
    _event_type: str = PENDING
    _notification_type: str = PENDING
    _is_async: bool = PENDING
    _read_date: datetime.datetime | None | Unset = PENDING
    _acknowledge_date: datetime.datetime | None | Unset = PENDING
    _delivery_date: datetime.datetime | None | Unset = PENDING
    _expiry_date: datetime.datetime | None | Unset = PENDING
    _reason: None | str | Unset = PENDING
    _customer: None | str | Unset = PENDING
    _process: int | None | Unset = PENDING
    _process_identifier: None | str | Unset = PENDING
    _process_type: None | str | Unset = PENDING
    _payload: None | NotificationPayloadType0 | Unset = PENDING
    _transfer_type: None | str | Unset = PENDING
    _domain_name: None | str | Unset = PENDING
    _certificate_id: int | None | Unset = PENDING
    _subject_status: None | NotificationSubjectStatus | Unset = PENDING
    _status_detail: None | str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        id: int,
        fire_date: datetime.datetime,
        message: str,
        event_type: str,
        notification_type: str,
        is_async: bool,
        read_date: datetime.datetime | None | Unset = UNSET,
        acknowledge_date: datetime.datetime | None | Unset = UNSET,
        delivery_date: datetime.datetime | None | Unset = UNSET,
        expiry_date: datetime.datetime | None | Unset = UNSET,
        reason: None | str | Unset = UNSET,
        customer: None | str | Unset = UNSET,
        process: int | None | Unset = UNSET,
        process_identifier: None | str | Unset = UNSET,
        process_type: None | str | Unset = UNSET,
        payload: None | NotificationPayloadType0 | Unset = UNSET,
        transfer_type: None | str | Unset = UNSET,
        domain_name: None | str | Unset = UNSET,
        certificate_id: int | None | Unset = UNSET,
        subject_status: None | NotificationSubjectStatus | Unset = UNSET,
        status_detail: None | str | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._id = id
        self._fire_date = fire_date
        self._message = message
        self._event_type = event_type
        self._notification_type = notification_type
        self._is_async = is_async
        self._read_date = read_date
        self._acknowledge_date = acknowledge_date
        self._delivery_date = delivery_date
        self._expiry_date = expiry_date
        self._reason = reason
        self._customer = customer
        self._process = process
        self._process_identifier = process_identifier
        self._process_type = process_type
        self._payload = payload
        self._transfer_type = transfer_type
        self._domain_name = domain_name
        self._certificate_id = certificate_id
        self._subject_status = subject_status
        self._status_detail = status_detail
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> int:
        """The notification's id, for getNotification and ackNotification."""
        value = self._id
        if value is PENDING:
            value = self._load_id()
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: int) -> None:
        self._id = value

    def _load_id(self) -> int:
        _raw_id = self._object_.get("id", MISSING)
        try:
            id = _raw_id
            if not isinstance(id, int):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                self._keep_unusable_("id", _raw_id)
        self._id = id
        return self._id

    @property
    def fire_date(self) -> datetime.datetime:
        """When the notification was raised."""
        value = self._fire_date
        if value is PENDING:
            value = self._load_fire_date()
        if value is MISSING:
            raise_missing(self, "fireDate", "fire_date")
        return value

    @fire_date.setter
    def fire_date(self, value: datetime.datetime) -> None:
        self._fire_date = value

    def _load_fire_date(self) -> datetime.datetime:
        _raw_fire_date = self._object_.get("fireDate", MISSING)
        try:
            fire_date = parse_datetime(_raw_fire_date)

        except PARSE_ERRORS:
            fire_date = MISSING
            if _raw_fire_date is not MISSING:
                self._keep_unusable_("fireDate", _raw_fire_date)
        self._fire_date = fire_date
        return self._fire_date

    @property
    def message(self) -> str:
        """A human-readable text."""
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
    def event_type(self) -> str:
        """What happened; an open string (the SDK's test data uses placeholders only)."""
        value = self._event_type
        if value is PENDING:
            value = self._load_event_type()
        if value is MISSING:
            raise_missing(self, "eventType", "event_type")
        return value

    @event_type.setter
    def event_type(self, value: str) -> None:
        self._event_type = value

    def _load_event_type(self) -> str:
        _raw_event_type = self._object_.get("eventType", MISSING)
        try:
            event_type = _raw_event_type
            if not isinstance(event_type, str):
                raise TypeError("eventType")
        except PARSE_ERRORS:
            event_type = MISSING
            if _raw_event_type is not MISSING:
                self._keep_unusable_("eventType", _raw_event_type)
        self._event_type = event_type
        return self._event_type

    @property
    def notification_type(self) -> str:
        """The kind of notification; an open string."""
        value = self._notification_type
        if value is PENDING:
            value = self._load_notification_type()
        if value is MISSING:
            raise_missing(self, "notificationType", "notification_type")
        return value

    @notification_type.setter
    def notification_type(self, value: str) -> None:
        self._notification_type = value

    def _load_notification_type(self) -> str:
        _raw_notification_type = self._object_.get("notificationType", MISSING)
        try:
            notification_type = _raw_notification_type
            if not isinstance(notification_type, str):
                raise TypeError("notificationType")
        except PARSE_ERRORS:
            notification_type = MISSING
            if _raw_notification_type is not MISSING:
                self._keep_unusable_("notificationType", _raw_notification_type)
        self._notification_type = notification_type
        return self._notification_type

    @property
    def is_async(self) -> bool:
        """Whether the notification comes from an asynchronous process."""
        value = self._is_async
        if value is PENDING:
            value = self._load_is_async()
        if value is MISSING:
            raise_missing(self, "isAsync", "is_async")
        return value

    @is_async.setter
    def is_async(self, value: bool) -> None:
        self._is_async = value

    def _load_is_async(self) -> bool:
        _raw_is_async = self._object_.get("isAsync", MISSING)
        try:
            is_async = _raw_is_async
            if not isinstance(is_async, bool):
                raise TypeError("isAsync")
        except PARSE_ERRORS:
            is_async = MISSING
            if _raw_is_async is not MISSING:
                self._keep_unusable_("isAsync", _raw_is_async)
        self._is_async = is_async
        return self._is_async

    @property
    def read_date(self) -> datetime.datetime | None | Unset:
        """When it was first read."""
        value = self._read_date
        if value is PENDING:
            value = self._load_read_date()
        return value

    @read_date.setter
    def read_date(self, value: datetime.datetime | None | Unset) -> None:
        self._read_date = value

    def _load_read_date(self) -> datetime.datetime | None | Unset:
        _raw_read_date = self._object_.get("readDate", UNSET)
        try:

            def _parse_read_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    read_date_type_0 = parse_datetime(data)

                    return read_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            read_date = _parse_read_date(_raw_read_date)

        except PARSE_ERRORS:
            read_date = UNSET
            if _raw_read_date is not UNSET:
                self._keep_unusable_("readDate", _raw_read_date)
        self._read_date = read_date
        return self._read_date

    @property
    def acknowledge_date(self) -> datetime.datetime | None | Unset:
        """When it was acknowledged; absent or null while it is still in the queue."""
        value = self._acknowledge_date
        if value is PENDING:
            value = self._load_acknowledge_date()
        return value

    @acknowledge_date.setter
    def acknowledge_date(self, value: datetime.datetime | None | Unset) -> None:
        self._acknowledge_date = value

    def _load_acknowledge_date(self) -> datetime.datetime | None | Unset:
        _raw_acknowledge_date = self._object_.get("acknowledgeDate", UNSET)
        try:

            def _parse_acknowledge_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    acknowledge_date_type_0 = parse_datetime(data)

                    return acknowledge_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            acknowledge_date = _parse_acknowledge_date(_raw_acknowledge_date)

        except PARSE_ERRORS:
            acknowledge_date = UNSET
            if _raw_acknowledge_date is not UNSET:
                self._keep_unusable_("acknowledgeDate", _raw_acknowledge_date)
        self._acknowledge_date = acknowledge_date
        return self._acknowledge_date

    @property
    def delivery_date(self) -> datetime.datetime | None | Unset:
        """When it was delivered (e.g. to a webhook)."""
        value = self._delivery_date
        if value is PENDING:
            value = self._load_delivery_date()
        return value

    @delivery_date.setter
    def delivery_date(self, value: datetime.datetime | None | Unset) -> None:
        self._delivery_date = value

    def _load_delivery_date(self) -> datetime.datetime | None | Unset:
        _raw_delivery_date = self._object_.get("deliveryDate", UNSET)
        try:

            def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    delivery_date_type_0 = parse_datetime(data)

                    return delivery_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            delivery_date = _parse_delivery_date(_raw_delivery_date)

        except PARSE_ERRORS:
            delivery_date = UNSET
            if _raw_delivery_date is not UNSET:
                self._keep_unusable_("deliveryDate", _raw_delivery_date)
        self._delivery_date = delivery_date
        return self._delivery_date

    @property
    def expiry_date(self) -> datetime.datetime | None | Unset:
        """An expiry date of the subject, where it has one (PHP SDK test data)."""
        value = self._expiry_date
        if value is PENDING:
            value = self._load_expiry_date()
        return value

    @expiry_date.setter
    def expiry_date(self, value: datetime.datetime | None | Unset) -> None:
        self._expiry_date = value

    def _load_expiry_date(self) -> datetime.datetime | None | Unset:
        _raw_expiry_date = self._object_.get("expiryDate", UNSET)
        try:

            def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expiry_date_type_0 = parse_datetime(data)

                    return expiry_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expiry_date = _parse_expiry_date(_raw_expiry_date)

        except PARSE_ERRORS:
            expiry_date = UNSET
            if _raw_expiry_date is not UNSET:
                self._keep_unusable_("expiryDate", _raw_expiry_date)
        self._expiry_date = expiry_date
        return self._expiry_date

    @property
    def reason(self) -> None | str | Unset:
        """Why it was raised, where given."""
        value = self._reason
        if value is PENDING:
            value = self._load_reason()
        return value

    @reason.setter
    def reason(self, value: None | str | Unset) -> None:
        self._reason = value

    def _load_reason(self) -> None | str | Unset:
        _raw_reason = self._object_.get("reason", UNSET)
        try:

            def _parse_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reason = _parse_reason(_raw_reason)

        except PARSE_ERRORS:
            reason = UNSET
            if _raw_reason is not UNSET:
                self._keep_unusable_("reason", _raw_reason)
        self._reason = reason
        return self._reason

    @property
    def customer(self) -> None | str | Unset:
        """The customer handle."""
        value = self._customer
        if value is PENDING:
            value = self._load_customer()
        return value

    @customer.setter
    def customer(self, value: None | str | Unset) -> None:
        self._customer = value

    def _load_customer(self) -> None | str | Unset:
        _raw_customer = self._object_.get("customer", UNSET)
        try:

            def _parse_customer(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer = _parse_customer(_raw_customer)

        except PARSE_ERRORS:
            customer = UNSET
            if _raw_customer is not UNSET:
                self._keep_unusable_("customer", _raw_customer)
        self._customer = customer
        return self._customer

    @property
    def process(self) -> int | None | Unset:
        """The process it reports on. Taken to be the `Process.id` of getProcess: both are integers named for the
        process in the official SDKs; not documented in so many words."""
        value = self._process
        if value is PENDING:
            value = self._load_process()
        return value

    @process.setter
    def process(self, value: int | None | Unset) -> None:
        self._process = value

    def _load_process(self) -> int | None | Unset:
        _raw_process = self._object_.get("process", UNSET)
        try:

            def _parse_process(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            process = _parse_process(_raw_process)

        except PARSE_ERRORS:
            process = UNSET
            if _raw_process is not UNSET:
                self._keep_unusable_("process", _raw_process)
        self._process = process
        return self._process

    @property
    def process_identifier(self) -> None | str | Unset:
        """The identifier of the process's subject (e.g. a domain name)."""
        value = self._process_identifier
        if value is PENDING:
            value = self._load_process_identifier()
        return value

    @process_identifier.setter
    def process_identifier(self, value: None | str | Unset) -> None:
        self._process_identifier = value

    def _load_process_identifier(self) -> None | str | Unset:
        _raw_process_identifier = self._object_.get("processIdentifier", UNSET)
        try:

            def _parse_process_identifier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            process_identifier = _parse_process_identifier(_raw_process_identifier)

        except PARSE_ERRORS:
            process_identifier = UNSET
            if _raw_process_identifier is not UNSET:
                self._keep_unusable_("processIdentifier", _raw_process_identifier)
        self._process_identifier = process_identifier
        return self._process_identifier

    @property
    def process_type(self) -> None | str | Unset:
        """The process's type (as `Process.type`)."""
        value = self._process_type
        if value is PENDING:
            value = self._load_process_type()
        return value

    @process_type.setter
    def process_type(self, value: None | str | Unset) -> None:
        self._process_type = value

    def _load_process_type(self) -> None | str | Unset:
        _raw_process_type = self._object_.get("processType", UNSET)
        try:

            def _parse_process_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            process_type = _parse_process_type(_raw_process_type)

        except PARSE_ERRORS:
            process_type = UNSET
            if _raw_process_type is not UNSET:
                self._keep_unusable_("processType", _raw_process_type)
        self._process_type = process_type
        return self._process_type

    @property
    def payload(self) -> None | NotificationPayloadType0 | Unset:
        """Extra data of the event (an object in the PHP SDK's test data)."""
        value = self._payload
        if value is PENDING:
            value = self._load_payload()
        return value

    @payload.setter
    def payload(self, value: None | NotificationPayloadType0 | Unset) -> None:
        self._payload = value

    def _load_payload(self) -> None | NotificationPayloadType0 | Unset:
        _raw_payload = self._object_.get("payload", UNSET)
        try:

            def _parse_payload(data: object) -> None | NotificationPayloadType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_0 = NotificationPayloadType0.from_dict(data)

                    return payload_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | NotificationPayloadType0 | Unset, data)

            payload = _parse_payload(_raw_payload)

        except PARSE_ERRORS:
            payload = UNSET
            if _raw_payload is not UNSET:
                self._keep_unusable_("payload", _raw_payload)
        self._payload = payload
        return self._payload

    @property
    def transfer_type(self) -> None | str | Unset:
        """For transfer notifications, the kind of transfer."""
        value = self._transfer_type
        if value is PENDING:
            value = self._load_transfer_type()
        return value

    @transfer_type.setter
    def transfer_type(self, value: None | str | Unset) -> None:
        self._transfer_type = value

    def _load_transfer_type(self) -> None | str | Unset:
        _raw_transfer_type = self._object_.get("transferType", UNSET)
        try:

            def _parse_transfer_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            transfer_type = _parse_transfer_type(_raw_transfer_type)

        except PARSE_ERRORS:
            transfer_type = UNSET
            if _raw_transfer_type is not UNSET:
                self._keep_unusable_("transferType", _raw_transfer_type)
        self._transfer_type = transfer_type
        return self._transfer_type

    @property
    def domain_name(self) -> None | str | Unset:
        """The domain concerned, where there is one."""
        value = self._domain_name
        if value is PENDING:
            value = self._load_domain_name()
        return value

    @domain_name.setter
    def domain_name(self, value: None | str | Unset) -> None:
        self._domain_name = value

    def _load_domain_name(self) -> None | str | Unset:
        _raw_domain_name = self._object_.get("domainName", UNSET)
        try:

            def _parse_domain_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            domain_name = _parse_domain_name(_raw_domain_name)

        except PARSE_ERRORS:
            domain_name = UNSET
            if _raw_domain_name is not UNSET:
                self._keep_unusable_("domainName", _raw_domain_name)
        self._domain_name = domain_name
        return self._domain_name

    @property
    def certificate_id(self) -> int | None | Unset:
        """The certificate concerned, where there is one."""
        value = self._certificate_id
        if value is PENDING:
            value = self._load_certificate_id()
        return value

    @certificate_id.setter
    def certificate_id(self, value: int | None | Unset) -> None:
        self._certificate_id = value

    def _load_certificate_id(self) -> int | None | Unset:
        _raw_certificate_id = self._object_.get("certificateId", UNSET)
        try:

            def _parse_certificate_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            certificate_id = _parse_certificate_id(_raw_certificate_id)

        except PARSE_ERRORS:
            certificate_id = UNSET
            if _raw_certificate_id is not UNSET:
                self._keep_unusable_("certificateId", _raw_certificate_id)
        self._certificate_id = certificate_id
        return self._certificate_id

    @property
    def subject_status(self) -> None | NotificationSubjectStatus | Unset:
        value = self._subject_status
        if value is PENDING:
            value = self._load_subject_status()
        return value

    @subject_status.setter
    def subject_status(self, value: None | NotificationSubjectStatus | Unset) -> None:
        self._subject_status = value

    def _load_subject_status(self) -> None | NotificationSubjectStatus | Unset:
        _raw_subject_status = self._object_.get("subjectStatus", UNSET)
        try:

            def _parse_subject_status(data: object) -> None | NotificationSubjectStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    subject_status_type_0 = NotificationSubjectStatus.from_wire(data)

                    return subject_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | NotificationSubjectStatus | Unset, data)

            subject_status = _parse_subject_status(_raw_subject_status)

        except PARSE_ERRORS:
            subject_status = UNSET
            if _raw_subject_status is not UNSET:
                self._keep_unusable_("subjectStatus", _raw_subject_status)
        self._subject_status = subject_status
        return self._subject_status

    @property
    def status_detail(self) -> None | str | Unset:
        """More about the subject's status."""
        value = self._status_detail
        if value is PENDING:
            value = self._load_status_detail()
        return value

    @status_detail.setter
    def status_detail(self, value: None | str | Unset) -> None:
        self._status_detail = value

    def _load_status_detail(self) -> None | str | Unset:
        _raw_status_detail = self._object_.get("statusDetail", UNSET)
        try:

            def _parse_status_detail(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            status_detail = _parse_status_detail(_raw_status_detail)

        except PARSE_ERRORS:
            status_detail = UNSET
            if _raw_status_detail is not UNSET:
                self._keep_unusable_("statusDetail", _raw_status_detail)
        self._status_detail = status_detail
        return self._status_detail

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._fire_date is PENDING:
            self._load_fire_date()
        if self._message is PENDING:
            self._load_message()
        if self._event_type is PENDING:
            self._load_event_type()
        if self._notification_type is PENDING:
            self._load_notification_type()
        if self._is_async is PENDING:
            self._load_is_async()
        if self._read_date is PENDING:
            self._load_read_date()
        if self._acknowledge_date is PENDING:
            self._load_acknowledge_date()
        if self._delivery_date is PENDING:
            self._load_delivery_date()
        if self._expiry_date is PENDING:
            self._load_expiry_date()
        if self._reason is PENDING:
            self._load_reason()
        if self._customer is PENDING:
            self._load_customer()
        if self._process is PENDING:
            self._load_process()
        if self._process_identifier is PENDING:
            self._load_process_identifier()
        if self._process_type is PENDING:
            self._load_process_type()
        if self._payload is PENDING:
            self._load_payload()
        if self._transfer_type is PENDING:
            self._load_transfer_type()
        if self._domain_name is PENDING:
            self._load_domain_name()
        if self._certificate_id is PENDING:
            self._load_certificate_id()
        if self._subject_status is PENDING:
            self._load_subject_status()
        if self._status_detail is PENDING:
            self._load_status_detail()

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
        if not isinstance(other, Notification) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._id,
            self._fire_date,
            self._message,
            self._event_type,
            self._notification_type,
            self._is_async,
            self._read_date,
            self._acknowledge_date,
            self._delivery_date,
            self._expiry_date,
            self._reason,
            self._customer,
            self._process,
            self._process_identifier,
            self._process_type,
            self._payload,
            self._transfer_type,
            self._domain_name,
            self._certificate_id,
            self._subject_status,
            self._status_detail,
            self.additional_properties,
        ) == (
            other._id,
            other._fire_date,
            other._message,
            other._event_type,
            other._notification_type,
            other._is_async,
            other._read_date,
            other._acknowledge_date,
            other._delivery_date,
            other._expiry_date,
            other._reason,
            other._customer,
            other._process,
            other._process_identifier,
            other._process_type,
            other._payload,
            other._transfer_type,
            other._domain_name,
            other._certificate_id,
            other._subject_status,
            other._status_detail,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        fields.append(f"fire_date={self._fire_date!r}")
        fields.append(f"message={self._message!r}")
        fields.append(f"event_type={self._event_type!r}")
        fields.append(f"notification_type={self._notification_type!r}")
        fields.append(f"is_async={self._is_async!r}")
        if self._read_date is not UNSET:
            fields.append(f"read_date={self._read_date!r}")
        if self._acknowledge_date is not UNSET:
            fields.append(f"acknowledge_date={self._acknowledge_date!r}")
        if self._delivery_date is not UNSET:
            fields.append(f"delivery_date={self._delivery_date!r}")
        if self._expiry_date is not UNSET:
            fields.append(f"expiry_date={self._expiry_date!r}")
        if self._reason is not UNSET:
            fields.append(f"reason={self._reason!r}")
        if self._customer is not UNSET:
            fields.append(f"customer={self._customer!r}")
        if self._process is not UNSET:
            fields.append(f"process={self._process!r}")
        if self._process_identifier is not UNSET:
            fields.append(f"process_identifier={self._process_identifier!r}")
        if self._process_type is not UNSET:
            fields.append(f"process_type={self._process_type!r}")
        if self._payload is not UNSET:
            fields.append(f"payload={self._payload!r}")
        if self._transfer_type is not UNSET:
            fields.append(f"transfer_type={self._transfer_type!r}")
        if self._domain_name is not UNSET:
            fields.append(f"domain_name={self._domain_name!r}")
        if self._certificate_id is not UNSET:
            fields.append(f"certificate_id={self._certificate_id!r}")
        if self._subject_status is not UNSET:
            fields.append(f"subject_status={self._subject_status!r}")
        if self._status_detail is not UNSET:
            fields.append(f"status_detail={self._status_detail!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = self._id
            field_dict["id"] = id

        if self._fire_date is not MISSING:
            fire_date = format_datetime(self._fire_date)
            field_dict["fireDate"] = fire_date

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        if self._event_type is not MISSING:
            event_type = self._event_type
            field_dict["eventType"] = event_type

        if self._notification_type is not MISSING:
            notification_type = self._notification_type
            field_dict["notificationType"] = notification_type

        if self._is_async is not MISSING:
            is_async = self._is_async
            field_dict["isAsync"] = is_async

        read_date: None | str | Unset
        if isinstance(self._read_date, Unset):
            read_date = UNSET
        elif isinstance(self._read_date, datetime.datetime):
            read_date = format_datetime(self._read_date)
        else:
            read_date = self._read_date
        if read_date is not UNSET:
            field_dict["readDate"] = read_date

        acknowledge_date: None | str | Unset
        if isinstance(self._acknowledge_date, Unset):
            acknowledge_date = UNSET
        elif isinstance(self._acknowledge_date, datetime.datetime):
            acknowledge_date = format_datetime(self._acknowledge_date)
        else:
            acknowledge_date = self._acknowledge_date
        if acknowledge_date is not UNSET:
            field_dict["acknowledgeDate"] = acknowledge_date

        delivery_date: None | str | Unset
        if isinstance(self._delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self._delivery_date, datetime.datetime):
            delivery_date = format_datetime(self._delivery_date)
        else:
            delivery_date = self._delivery_date
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date

        expiry_date: None | str | Unset
        if isinstance(self._expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self._expiry_date, datetime.datetime):
            expiry_date = format_datetime(self._expiry_date)
        else:
            expiry_date = self._expiry_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        reason: None | str | Unset
        if isinstance(self._reason, Unset):
            reason = UNSET
        else:
            reason = self._reason
        if reason is not UNSET:
            field_dict["reason"] = reason

        customer: None | str | Unset
        if isinstance(self._customer, Unset):
            customer = UNSET
        else:
            customer = self._customer
        if customer is not UNSET:
            field_dict["customer"] = customer

        process: int | None | Unset
        if isinstance(self._process, Unset):
            process = UNSET
        else:
            process = self._process
        if process is not UNSET:
            field_dict["process"] = process

        process_identifier: None | str | Unset
        if isinstance(self._process_identifier, Unset):
            process_identifier = UNSET
        else:
            process_identifier = self._process_identifier
        if process_identifier is not UNSET:
            field_dict["processIdentifier"] = process_identifier

        process_type: None | str | Unset
        if isinstance(self._process_type, Unset):
            process_type = UNSET
        else:
            process_type = self._process_type
        if process_type is not UNSET:
            field_dict["processType"] = process_type

        payload: dict[str, Any] | None | Unset
        if isinstance(self._payload, Unset):
            payload = UNSET
        elif isinstance(self._payload, NotificationPayloadType0):
            payload = self._payload.to_dict()
        else:
            payload = self._payload
        if payload is not UNSET:
            field_dict["payload"] = payload

        transfer_type: None | str | Unset
        if isinstance(self._transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = self._transfer_type
        if transfer_type is not UNSET:
            field_dict["transferType"] = transfer_type

        domain_name: None | str | Unset
        if isinstance(self._domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self._domain_name
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name

        certificate_id: int | None | Unset
        if isinstance(self._certificate_id, Unset):
            certificate_id = UNSET
        else:
            certificate_id = self._certificate_id
        if certificate_id is not UNSET:
            field_dict["certificateId"] = certificate_id

        subject_status: None | str | Unset
        if isinstance(self._subject_status, Unset):
            subject_status = UNSET
        elif isinstance(self._subject_status, NotificationSubjectStatus):
            subject_status = self._subject_status.value
        else:
            subject_status = self._subject_status
        if subject_status is not UNSET:
            field_dict["subjectStatus"] = subject_status

        status_detail: None | str | Unset
        if isinstance(self._status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = self._status_detail
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

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


from ..models.notification_payload_type_0 import NotificationPayloadType0  # noqa: E402
