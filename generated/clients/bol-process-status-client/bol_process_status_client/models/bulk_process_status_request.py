from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class BulkProcessStatusRequest(OpenModel[Any]):
    """The process status ids to read in one request."""

    process_status_queries: list[ProcessStatusId] = _field(
        "processStatusQueries", _list_of(_model(lambda: ProcessStatusId))
    )


from ..models.process_status_id import ProcessStatusId  # noqa: E402
