from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from asyncstatus_core.model import DATETIME, NONE, STR, UUID_TEXT, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model
from asyncstatus_core.model import union as _union

from ..models.job_state import JobState
from ..models.priority import Priority
from ..types import UNSET, Unset


class Job(OpenModel[Any]):
    id: UUID = _field("id", UUID_TEXT)
    state: JobState = _field("state", _enum(JobState))
    """The state of a job (an open enum; values added later parse as unknown members)."""
    priority: Priority = _field("priority", _enum(Priority))
    """An integer enum."""
    created_at: datetime.datetime = _field("createdAt", DATETIME)
    progress: Progress | Unset = _field("progress", _model(lambda: Progress), default=UNSET)
    result: ResultError | ResultFile | Unset = _field(
        "result",
        _union(
            _model(lambda: ResultFile, needs=("kind", "url")), _model(lambda: ResultError, needs=("kind", "reason"))
        ),
        default=UNSET,
    )
    """What the job produced (a union)."""
    tags: list[str] | Unset = _field("tags", _list_of(STR), default=UNSET)
    note: None | str | Unset = _field("note", _union(STR, NONE), default=UNSET)


from ..models.progress import Progress  # noqa: E402
from ..models.result_error import ResultError  # noqa: E402
from ..models.result_file import ResultFile  # noqa: E402
