from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from .._wire import format_datetime, parse_datetime
from ..models.process_status_status import ProcessStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessStatus")


@_attrs_define
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

    _event_type: str
    _description: str
    _status: ProcessStatusStatus
    _create_timestamp: datetime.datetime
    process_status_id: str | Unset = UNSET
    """ The id of this process status. A string in bol's v9 and v10 descriptions (digits in
    every recorded answer; bol's April 2026 description shows a UUID-like id as the path
    example, so treat it as opaque); the old v3 API answered an integer `id` instead.
     """
    entity_id: str | Unset = UNSET
    """ The id of the object being worked on, e.g. the order item id when a shipment is
    confirmed.
     """
    error_message: str | Unset = UNSET
    """ Why the work failed, when it did (typically with `FAILURE`). Left out when there is
    nothing to report.
     """
    links: list[Link] | Unset = UNSET
    """ Related actions; in practice one `self` link to this process status. Left out of some
    answers although bol's description requires it (see above).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def event_type(self) -> str:
        """The kind of request being processed, e.g. `CONFIRM_SHIPMENT`, `CREATE_SHIPMENT`,
        `UPDATE_OFFER_PRICE`. An open string: bol's description types it as a plain string
        here (it lists values only on the `event-type` query parameter, and those lists
        change between releases).
        """
        value = self._event_type
        if value is MISSING:
            raise_missing(self, "eventType", "event_type")
        return value

    @event_type.setter
    def event_type(self, value: str) -> None:
        self._event_type = value

    @property
    def description(self) -> str:
        """A human-readable account of the work being processed."""
        value = self._description
        if value is MISSING:
            raise_missing(self, "description", "description")
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

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
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: ProcessStatusStatus) -> None:
        self._status = value

    @property
    def create_timestamp(self) -> datetime.datetime:
        """When the process status was created (ISO 8601 with offset). The fraction varies:
        none (`2025-08-06T14:08:34+02:00`, bol's v10 demo 202 answers), 3 digits (v3 demo),
        5 or 6 (`2021-03-22T09:11:19.98362+01:00`, 123lens's recorded answers) and 9
        (`2025-08-06T14:08:30.691614431+02:00`, bol's v10 demo), as a serializer that drops
        trailing zeros writes them.
        """
        value = self._create_timestamp
        if value is MISSING:
            raise_missing(self, "createTimestamp", "create_timestamp")
        return value

    @create_timestamp.setter
    def create_timestamp(self, value: datetime.datetime) -> None:
        self._create_timestamp = value

    def to_dict(self) -> dict[str, Any]:
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

        process_status_id = self.process_status_id
        if process_status_id is not UNSET:
            field_dict["processStatusId"] = process_status_id

        entity_id = self.entity_id
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id

        error_message = self.error_message
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_event_type = d.pop("eventType", MISSING)
        try:
            event_type = _raw_event_type
            if not isinstance(event_type, str):
                raise TypeError("eventType")
        except PARSE_ERRORS:
            event_type = MISSING
            if _raw_event_type is not MISSING:
                d["eventType"] = _raw_event_type

        _raw_description = d.pop("description", MISSING)
        try:
            description = _raw_description
            if not isinstance(description, str):
                raise TypeError("description")
        except PARSE_ERRORS:
            description = MISSING
            if _raw_description is not MISSING:
                d["description"] = _raw_description

        _raw_status = d.pop("status", MISSING)
        try:
            status = ProcessStatusStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                d["status"] = _raw_status

        _raw_create_timestamp = d.pop("createTimestamp", MISSING)
        try:
            create_timestamp = parse_datetime(_raw_create_timestamp)

        except PARSE_ERRORS:
            create_timestamp = MISSING
            if _raw_create_timestamp is not MISSING:
                d["createTimestamp"] = _raw_create_timestamp

        _raw_process_status_id = d.pop("processStatusId", UNSET)
        try:
            process_status_id = _raw_process_status_id
            if not isinstance(process_status_id, (str, Unset)):
                raise TypeError("processStatusId")
        except PARSE_ERRORS:
            process_status_id = UNSET
            d["processStatusId"] = _raw_process_status_id

        _raw_entity_id = d.pop("entityId", UNSET)
        try:
            entity_id = _raw_entity_id
            if not isinstance(entity_id, (str, Unset)):
                raise TypeError("entityId")
        except PARSE_ERRORS:
            entity_id = UNSET
            d["entityId"] = _raw_entity_id

        _raw_error_message = d.pop("errorMessage", UNSET)
        try:
            error_message = _raw_error_message
            if not isinstance(error_message, (str, Unset)):
                raise TypeError("errorMessage")
        except PARSE_ERRORS:
            error_message = UNSET
            d["errorMessage"] = _raw_error_message

        _raw_links = d.pop("links", UNSET)
        try:
            _links = _raw_links
            links: list[Link] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    links_item = Link.from_dict(links_item_data)

                    links.append(links_item)

        except PARSE_ERRORS:
            links = UNSET
            d["links"] = _raw_links

        process_status = cls(
            event_type=event_type,
            description=description,
            status=status,
            create_timestamp=create_timestamp,
            process_status_id=process_status_id,
            entity_id=entity_id,
            error_message=error_message,
            links=links,
        )

        process_status.additional_properties = d
        return process_status

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
