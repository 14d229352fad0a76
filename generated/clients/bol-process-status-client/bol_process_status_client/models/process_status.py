from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..models.process_status_status import ProcessStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessStatus")


class ProcessStatus:
    """The state of the queued work behind one PUT/POST/DELETE request.

    `required` follows bol's description (`eventType`, `description`, `status`,
    `createTimestamp`) with one exception: bol also marks `links` required, but a live answer
    quoted in a third-party integration guide
    (https://help.useresponse.com/hemi/knowledge-base/article/marketplaces-bol-technical-scope-in-progress-order-
    management-bol-order-response-reader_1)
    has no `links`, so it is optional here; recorded demo answers of 2021 (123lens/bol-retailer-api
    `tests/Mocks/200-status-multiple-processes.json`@7065745) also list a finished status without
    `links` next to a pending one with them. `processStatusId` and `entityId` are optional in
    bol's description too: every recorded process-status read carries them, but the same object
    returned by a changing request (bol's v10 demo 202 answers) has no `entityId`.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "event_type": "eventType",
        "description": "description",
        "status": "status",
        "create_timestamp": "createTimestamp",
        "process_status_id": "processStatusId",
        "entity_id": "entityId",
        "error_message": "errorMessage",
        "links": "links",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _event_type: str = PENDING
    _description: str = PENDING
    _status: ProcessStatusStatus = PENDING
    _create_timestamp: datetime.datetime = PENDING
    _process_status_id: str | Unset = PENDING
    _entity_id: str | Unset = PENDING
    _error_message: str | Unset = PENDING
    _links: list[Link] | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        event_type: str,
        description: str,
        status: ProcessStatusStatus,
        create_timestamp: datetime.datetime,
        process_status_id: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        error_message: str | Unset = UNSET,
        links: list[Link] | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._event_type = event_type
        self._description = description
        self._status = status
        self._create_timestamp = create_timestamp
        self._process_status_id = process_status_id
        self._entity_id = entity_id
        self._error_message = error_message
        self._links = links
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def event_type(self) -> str:
        """The kind of request being processed, e.g. `CONFIRM_SHIPMENT`, `CREATE_SHIPMENT`,
        `UPDATE_OFFER_PRICE`. An open string: bol's description types it as a plain string
        here (it lists values only on the `event-type` query parameter, and those lists
        change between releases).
        """
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
    def description(self) -> str:
        """A human-readable account of the work being processed."""
        value = self._description
        if value is PENDING:
            value = self._load_description()
        if value is MISSING:
            raise_missing(self, "description", "description")
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

    def _load_description(self) -> str:
        _raw_description = self._object_.get("description", MISSING)
        try:
            description = _raw_description
            if not isinstance(description, str):
                raise TypeError("description")
        except PARSE_ERRORS:
            description = MISSING
            if _raw_description is not MISSING:
                self._keep_unusable_("description", _raw_description)
        self._description = description
        return self._description

    @property
    def status(self) -> ProcessStatusStatus:
        """Where the work stands. Named as the generators name bol's inline enum (bol's description
        declares it inside `ProcessStatus.status`).
        - `PENDING`: queued or still being processed; ask again later.
        - `SUCCESS`: processed; nothing more to do. Final.
        - `FAILURE`: not processed; `errorMessage` says why. Final.
        - `TIMEOUT`: bol could not process it within its time frame; check the effect and resend
          if needed. Final.
        """
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: ProcessStatusStatus) -> None:
        self._status = value

    def _load_status(self) -> ProcessStatusStatus:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = ProcessStatusStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def create_timestamp(self) -> datetime.datetime:
        """When the process status was created (ISO 8601 with offset). The fraction varies:
        none (`2025-08-06T14:08:34+02:00`, bol's v10 demo 202 answers), 3 digits (v3 demo),
        5 or 6 (`2021-03-22T09:11:19.98362+01:00`, 123lens's recorded answers) and 9
        (`2025-08-06T14:08:30.691614431+02:00`, bol's v10 demo), as a serializer that drops
        trailing zeros writes them.
        """
        value = self._create_timestamp
        if value is PENDING:
            value = self._load_create_timestamp()
        if value is MISSING:
            raise_missing(self, "createTimestamp", "create_timestamp")
        return value

    @create_timestamp.setter
    def create_timestamp(self, value: datetime.datetime) -> None:
        self._create_timestamp = value

    def _load_create_timestamp(self) -> datetime.datetime:
        _raw_create_timestamp = self._object_.get("createTimestamp", MISSING)
        try:
            create_timestamp = parse_datetime(_raw_create_timestamp)

        except PARSE_ERRORS:
            create_timestamp = MISSING
            if _raw_create_timestamp is not MISSING:
                self._keep_unusable_("createTimestamp", _raw_create_timestamp)
        self._create_timestamp = create_timestamp
        return self._create_timestamp

    @property
    def process_status_id(self) -> str | Unset:
        """The id of this process status, an opaque string (bol's v9 and v10 descriptions). Its
        form has changed: the demo environment and answers recorded up to 2025 carry digits
        (`1`, `1234567`); live answers recorded in August 2026 carry UUID-style ids, a
        time-ordered version-7 UUID such as `01a0453c-0303-73cd-9b90-d84c8e1babe9`, in this
        member and in the `self` link (dreambits/python-bol-api fixtures@3bbd33b); bol's April
        2026 description shows a UUID-like path example. Keep it as text and send it back as
        received; the old v3 API answered an integer `id` instead.
        """
        value = self._process_status_id
        if value is PENDING:
            value = self._load_process_status_id()
        return value

    @process_status_id.setter
    def process_status_id(self, value: str | Unset) -> None:
        self._process_status_id = value

    def _load_process_status_id(self) -> str | Unset:
        _raw_process_status_id = self._object_.get("processStatusId", UNSET)
        try:
            process_status_id = _raw_process_status_id
            if not isinstance(process_status_id, (str, Unset)):
                raise TypeError("processStatusId")
        except PARSE_ERRORS:
            process_status_id = UNSET
            if _raw_process_status_id is not UNSET:
                self._keep_unusable_("processStatusId", _raw_process_status_id)
        self._process_status_id = process_status_id
        return self._process_status_id

    @property
    def entity_id(self) -> str | Unset:
        """The id of the object being worked on, e.g. the order item id when a shipment is
        confirmed.
        """
        value = self._entity_id
        if value is PENDING:
            value = self._load_entity_id()
        return value

    @entity_id.setter
    def entity_id(self, value: str | Unset) -> None:
        self._entity_id = value

    def _load_entity_id(self) -> str | Unset:
        _raw_entity_id = self._object_.get("entityId", UNSET)
        try:
            entity_id = _raw_entity_id
            if not isinstance(entity_id, (str, Unset)):
                raise TypeError("entityId")
        except PARSE_ERRORS:
            entity_id = UNSET
            if _raw_entity_id is not UNSET:
                self._keep_unusable_("entityId", _raw_entity_id)
        self._entity_id = entity_id
        return self._entity_id

    @property
    def error_message(self) -> str | Unset:
        """Why the work failed, when it did (typically with `FAILURE`). Left out when there is
        nothing to report.
        """
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

    @property
    def links(self) -> list[Link] | Unset:
        """Related actions; in practice one `self` link to this process status. Left out of some
        answers although bol's description requires it (see above).
        """
        value = self._links
        if value is PENDING:
            value = self._load_links()
        return value

    @links.setter
    def links(self, value: list[Link] | Unset) -> None:
        self._links = value

    def _load_links(self) -> list[Link] | Unset:
        _raw_links = self._object_.get("links", UNSET)
        try:
            _links = _raw_links
            links: list[Link] | Unset = UNSET
            if _links is not UNSET:
                links = list(map(Link.from_dict, _links))

        except PARSE_ERRORS:
            links = UNSET
            if _raw_links is not UNSET:
                self._keep_unusable_("links", _raw_links)
        self._links = links
        return self._links

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._event_type is PENDING:
            self._load_event_type()
        if self._description is PENDING:
            self._load_description()
        if self._status is PENDING:
            self._load_status()
        if self._create_timestamp is PENDING:
            self._load_create_timestamp()
        if self._process_status_id is PENDING:
            self._load_process_status_id()
        if self._entity_id is PENDING:
            self._load_entity_id()
        if self._error_message is PENDING:
            self._load_error_message()
        if self._links is PENDING:
            self._load_links()

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
        if not isinstance(other, ProcessStatus) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._event_type,
            self._description,
            self._status,
            self._create_timestamp,
            self._process_status_id,
            self._entity_id,
            self._error_message,
            self._links,
            self.additional_properties,
        ) == (
            other._event_type,
            other._description,
            other._status,
            other._create_timestamp,
            other._process_status_id,
            other._entity_id,
            other._error_message,
            other._links,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"event_type={self._event_type!r}")
        fields.append(f"description={self._description!r}")
        fields.append(f"status={self._status!r}")
        fields.append(f"create_timestamp={self._create_timestamp!r}")
        if self._process_status_id is not UNSET:
            fields.append(f"process_status_id={self._process_status_id!r}")
        if self._entity_id is not UNSET:
            fields.append(f"entity_id={self._entity_id!r}")
        if self._error_message is not UNSET:
            fields.append(f"error_message={self._error_message!r}")
        if self._links is not UNSET:
            fields.append(f"links={self._links!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._event_type is not MISSING:
            event_type = self._event_type
            field_dict["eventType"] = event_type

        if self._description is not MISSING:
            description = self._description
            field_dict["description"] = description

        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

        if self._create_timestamp is not MISSING:
            create_timestamp = format_datetime(self._create_timestamp)
            field_dict["createTimestamp"] = create_timestamp

        process_status_id = self._process_status_id
        if process_status_id is not UNSET:
            field_dict["processStatusId"] = process_status_id

        entity_id = self._entity_id
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id

        error_message = self._error_message
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._links, Unset):
            links = []
            for links_item_data in self._links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        if links is not UNSET:
            field_dict["links"] = links

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


from ..models.link import Link  # noqa: E402
