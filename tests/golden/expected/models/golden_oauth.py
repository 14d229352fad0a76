# Generated from tests/golden/spec/golden_oauth.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class TaskStatus(StrEnum):
    NEW = "NEW"
    DONE = "DONE"
    ERROR = "ERROR"


class Task(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    status: TaskStatus
