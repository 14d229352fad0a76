from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class JobList(OpenModel[Any]):
    jobs: list[Job] = _field("jobs", _list_of(_model(lambda: Job)))
    total: int | Unset = _field("total", INT, default=UNSET)


from ..models.job import Job  # noqa: E402
