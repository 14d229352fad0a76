from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import DATETIME, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..models.process_status_status import ProcessStatusStatus
from ..types import UNSET, Unset


class ProcessStatus(OpenModel[Any]):
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

    event_type: str = _field("eventType", STR)
    """The kind of request being processed, e.g. `CONFIRM_SHIPMENT`, `CREATE_SHIPMENT`,
    `UPDATE_OFFER_PRICE`. An open string: bol's description types it as a plain string
    here (it lists values only on the `event-type` query parameter, and those lists
    change between releases).
    """
    description: str = _field("description", STR)
    """A human-readable account of the work being processed."""
    status: ProcessStatusStatus = _field("status", _enum(ProcessStatusStatus))
    """Where the work stands. Named as the generators name bol's inline enum (bol's description
    declares it inside `ProcessStatus.status`).
    - `PENDING`: queued or still being processed; ask again later.
    - `SUCCESS`: processed; nothing more to do. Final.
    - `FAILURE`: not processed; `errorMessage` says why. Final.
    - `TIMEOUT`: bol could not process it within its time frame; check the effect and resend
      if needed. Final.
    """
    create_timestamp: datetime.datetime = _field("createTimestamp", DATETIME)
    """When the process status was created (ISO 8601 with offset). The fraction varies:
    none (`2025-08-06T14:08:34+02:00`, bol's v10 demo 202 answers), 3 digits (v3 demo),
    5 or 6 (`2021-03-22T09:11:19.98362+01:00`, 123lens's recorded answers) and 9
    (`2025-08-06T14:08:30.691614431+02:00`, bol's v10 demo), as a serializer that drops
    trailing zeros writes them.
    """
    process_status_id: str | Unset = _field("processStatusId", STR, default=UNSET)
    """The id of this process status, an opaque string (bol's v9 and v10 descriptions). Its
    form has changed: the demo environment and answers recorded up to 2025 carry digits
    (`1`, `1234567`); live answers recorded in August 2026 carry UUID-style ids, a
    time-ordered version-7 UUID such as `01a0453c-0303-73cd-9b90-d84c8e1babe9`, in this
    member and in the `self` link (dreambits/python-bol-api fixtures@3bbd33b); bol's April
    2026 description shows a UUID-like path example. Keep it as text and send it back as
    received; the old v3 API answered an integer `id` instead.
    """
    entity_id: str | Unset = _field("entityId", STR, default=UNSET)
    """The id of the object being worked on, e.g. the order item id when a shipment is
    confirmed.
    """
    error_message: str | Unset = _field("errorMessage", STR, default=UNSET)
    """Why the work failed, when it did (typically with `FAILURE`). Left out when there is
    nothing to report.
    """
    links: list[Link] | Unset = _field("links", _list_of(_model(lambda: Link)), default=UNSET)
    """Related actions; in practice one `self` link to this process status. Left out of some
    answers although bol's description requires it (see above).
    """


from ..models.link import Link  # noqa: E402
