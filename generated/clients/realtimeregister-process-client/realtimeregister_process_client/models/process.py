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


class Process(OpenModel[Any]):
    """An asynchronous process and its current state.

    The required flags describe a full answer. When the request names `fields`, the answer
    holds only those fields and `id`, so required fields may be missing from it.

    `identifier` is not required although the "Get process" page marks it so: processes that
    concern no single entity (e.g. a `billing` `deposit`) come without it. Realtime
    Register's PHP SDK (realtimeregister/realtimeregister-php, src/Domain/Process.php@1414ea0b,
    changed by a Realtime Register developer in commit cdeea70e "Process without a identifier
    (eg. a deposit) wasn't handled correctly") reads it as optional. Every other field the
    page marks required is read unconditionally by both official SDKs and stays required.

    """

    id: int = _field("id", INT)
    """The process id."""
    user: str = _field("user", STR)
    """The user who started the process, as `<customerHandle>/<loginName>`."""
    customer: str = _field("customer", STR)
    """Handle of the customer the process belongs to."""
    status: ProcessStatus = _field("status", _enum(ProcessStatus))
    """The state of a process. The "Get process" page leaves the list of possible values
    empty; these are the values of the provider's official SDKs (realtimeregister-ts
    `ProcessStatus`, realtimeregister-php `ProcessStatusEnum`).

    `IN_DOUBT`: the outcome at the registry is not known yet; Realtime Register resolves it
    later, so it is not a final state (the waiters treat it as running).
    """
    created_date: datetime.datetime = _field("createdDate", DATETIME)
    """When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`)."""
    type_: str = _field("type", STR)
    """The kind of entity the process concerns, e.g. `domain`, `contact`, `host`."""
    action: str = _field("action", STR)
    """What the process does to the entity, e.g. `create`, `update`, `transfer`."""
    command: ProcessCommand = _field("command", _model(lambda: ProcessCommand))
    """The content of the command that started the process, as sent by the caller. Its shape depends on the process
    `type` and `action`, so it is kept opaque.
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
    updated_date: datetime.datetime | Unset = _field("updatedDate", DATETIME, default=UNSET)
    """When the process was last updated."""
    started_date: datetime.datetime | Unset = _field("startedDate", DATETIME, default=UNSET)
    """When the process was started; absent while it has not started."""
    identifier: str | Unset = _field("identifier", STR, default=UNSET)
    """The entity the process concerns, e.g. a domain name or a contact handle. Absent when
    the process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"
    page calls it required, but Realtime Register's PHP SDK (realtimeregister-php,
    src/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,
    with test data `process_without_identifier.php`) treats it as optional.
    """
    reservation: ProcessReservation | Unset = _field("reservation", _model(lambda: ProcessReservation), default=UNSET)
    """The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
    """
    transaction: ProcessTransaction | Unset = _field("transaction", _model(lambda: ProcessTransaction), default=UNSET)
    """The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
    """
    refund: ProcessRefund | Unset = _field("refund", _model(lambda: ProcessRefund), default=UNSET)
    """The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount
    in cents of that currency.
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
from ..models.process_refund import ProcessRefund  # noqa: E402
from ..models.process_reservation import ProcessReservation  # noqa: E402
from ..models.process_transaction import ProcessTransaction  # noqa: E402
