from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field

from ..models.task_status import TaskStatus


class Task(OpenModel[Any]):
    id: str = _field("id", STR)
    status: TaskStatus = _field("status", _enum(TaskStatus))
