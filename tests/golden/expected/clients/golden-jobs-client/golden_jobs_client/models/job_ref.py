from __future__ import annotations

from uuid import UUID

from asyncstatus_core.model import UUID_TEXT, Model
from asyncstatus_core.model import field as _field


class JobRef(Model):
    job_id: UUID = _field("jobId", UUID_TEXT)
