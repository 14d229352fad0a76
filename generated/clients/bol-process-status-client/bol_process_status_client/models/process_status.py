from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    has no `links`, so it is optional here. `processStatusId` and `entityId` are optional in
    bol's description too, although every documented answer carries them.

    """

    event_type: str
    """ The kind of request being processed, e.g. `CONFIRM_SHIPMENT`, `CREATE_SHIPMENT`,
    `UPDATE_OFFER_PRICE`. An open string: bol's description types it as a plain string
    here (it lists values only on the `event-type` query parameter, and those lists
    change between releases).
     """
    description: str
    """ A human-readable account of the work being processed. """
    status: ProcessStatusStatus
    """ Where the work stands. Named as the generators name bol's inline enum (bol's description
    declares it inside `ProcessStatus.status`).
    - `PENDING`: queued or still being processed; ask again later.
    - `SUCCESS`: processed; nothing more to do. Final.
    - `FAILURE`: not processed; `errorMessage` says why. Final.
    - `TIMEOUT`: bol could not process it within its time frame; check the effect and resend
      if needed. Final.
     """
    create_timestamp: datetime.datetime
    """ When the process status was created (ISO 8601 with offset). """
    process_status_id: str | Unset = UNSET
    """ The id of this process status. A string in bol's v9 and v10 descriptions (digits in
    practice); the old v3 API answered an integer `id` instead.
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
    """ Related actions; in practice one `self` link to this process status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        description = self.description

        status = self.status.value

        create_timestamp = format_datetime(self.create_timestamp)

        process_status_id = self.process_status_id

        entity_id = self.entity_id

        error_message = self.error_message

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "description": description,
                "status": status,
                "createTimestamp": create_timestamp,
            }
        )
        if process_status_id is not UNSET:
            field_dict["processStatusId"] = process_status_id
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = d.pop("eventType")

        description = d.pop("description")

        status = ProcessStatusStatus.from_wire(d.pop("status"))

        create_timestamp = parse_datetime(d.pop("createTimestamp"))

        process_status_id = d.pop("processStatusId", UNSET)

        entity_id = d.pop("entityId", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

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
