from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import DATETIME, INT, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..models.process_status import ProcessStatus
from ..models.resume_type import ResumeType
from ..types import UNSET, Unset


class ProcessFields(OpenModel[Any]):
    """The answer to a request with `fields`: `id` plus the requested `Process` fields, with the
    same types as in `Process` (the selected fields are kept as sent). Which fields appear
    depends on the request, so only `id` is required.

    """

    id: int = _field("id", INT)
    """The process id."""
    user: str | Unset = _field("user", STR, default=UNSET)
    """The user who started the process, as `<customerHandle>/<loginName>`."""
    customer: str | Unset = _field("customer", STR, default=UNSET)
    """Handle of the customer the process belongs to."""
    status: ProcessStatus | Unset = _field("status", _enum(ProcessStatus), default=UNSET)
    """The state of a process. The "Get process" page leaves the list of possible values
    empty; these are the values of the provider's official SDKs (realtimeregister-ts
    `ProcessStatus`, realtimeregister-php `ProcessStatusEnum`).

    `IN_DOUBT`: the outcome at the registry is not known yet; Realtime Register resolves it
    later, so it is not a final state (the waiters treat it as running).
    """
    status_detail: str | Unset = _field("statusDetail", STR, default=UNSET)
    """A finer-grained explanation of why the process is in its current status, e.g.
    `Contact validation failed`. The live API sends this field and the provider's
    official SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,
    realtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get
    process" page does not list it, the current OTE copy of the page
    (https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.
    Its values are free text, not enumerated.
    """
    created_date: datetime.datetime | Unset = _field("createdDate", DATETIME, default=UNSET)
    """When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`)."""
    updated_date: datetime.datetime | Unset = _field("updatedDate", DATETIME, default=UNSET)
    """When the process was last updated."""
    started_date: datetime.datetime | Unset = _field("startedDate", DATETIME, default=UNSET)
    """When the process was started; absent while it has not started."""
    type_: str | Unset = _field("type", STR, default=UNSET)
    """The kind of entity the process concerns, e.g. `domain`, `contact`, `host`."""
    identifier: str | Unset = _field("identifier", STR, default=UNSET)
    """The entity the process concerns, e.g. a domain name or a contact handle. Absent when
    the process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"
    page calls it required, but Realtime Register's PHP SDK (realtimeregister-php,
    src/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,
    with test data `process_without_identifier.php`) treats it as optional.
    """
    action: str | Unset = _field("action", STR, default=UNSET)
    """What the process does to the entity, e.g. `create`, `update`, `transfer`."""
    reservation: ProcessFieldsReservation | Unset = _field(
        "reservation", _model(lambda: ProcessFieldsReservation), default=UNSET
    )
    """The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
    """
    transaction: ProcessFieldsTransaction | Unset = _field(
        "transaction", _model(lambda: ProcessFieldsTransaction), default=UNSET
    )
    """The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
    """
    refund: ProcessFieldsRefund | Unset = _field("refund", _model(lambda: ProcessFieldsRefund), default=UNSET)
    """The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
    """
    command: ProcessCommand | Unset = _field("command", _model(lambda: ProcessCommand), default=UNSET)
    """The content of the command that started the process, as sent by the caller. Its shape depends on the process
    `type` and `action`, so it is kept opaque.
    """
    resume_types: list[ResumeType] | Unset = _field("resumeTypes", _list_of(_enum(ResumeType)), default=UNSET)
    """The ways in which the process can be resumed (mostly while it is `SUSPENDED`)."""
    error: ProcessErrorContent | Unset = _field("error", _model(lambda: ProcessErrorContent), default=UNSET)
    """The content of the error the process ended with, when it has one. The page does not describe its shape, so it is
    kept opaque.
    """
    billables: list[Billable] | Unset = _field("billables", _list_of(_model(lambda: Billable)), default=UNSET)
    """The products billed for this process."""


from ..models.billable import Billable  # noqa: E402
from ..models.process_command import ProcessCommand  # noqa: E402
from ..models.process_error_content import ProcessErrorContent  # noqa: E402
from ..models.process_fields_refund import ProcessFieldsRefund  # noqa: E402
from ..models.process_fields_reservation import ProcessFieldsReservation  # noqa: E402
from ..models.process_fields_transaction import ProcessFieldsTransaction  # noqa: E402
