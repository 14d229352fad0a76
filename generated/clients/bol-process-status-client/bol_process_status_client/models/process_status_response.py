from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class ProcessStatusResponse(OpenModel[Any]):
    """A list of process statuses (the answer of the bulk and entity-id reads).

    bol's description requires `processStatuses`, but bol's serializer leaves empty arrays out:
    picqer records an empty order list as `{ }` and tests for exactly that
    (`tests/Fixtures/http/200-reduced-orders-empty`,
    `ClientTest::testMethodWithMissingFieldDueToEmptyArrayReturnsEmptyArray`
    @50d8cf6). A read that finds nothing (every asked id expired, or no status for the entity)
    can therefore be `{}`; read a missing `processStatuses` as an empty list.

    """

    process_statuses: list[ProcessStatus] | Unset = _field(
        "processStatuses", _list_of(_model(lambda: ProcessStatus)), default=UNSET
    )


from ..models.process_status import ProcessStatus  # noqa: E402
