from __future__ import annotations

from asyncstatus_core.model import Model
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class JobsBulkRequest(Model):
    jobs: list[JobRef] = _field("jobs", _list_of(_model(lambda: JobRef)))


from ..models.job_ref import JobRef  # noqa: E402
