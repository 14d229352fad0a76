# Generated from tests/golden/spec/golden.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    ON_HOLD = "on_hold"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Priority(IntEnum):
    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


class Progress(BaseModel):
    model_config = ConfigDict(extra="allow")
    percent: Annotated[float | None, Field(ge=0.0, le=100.0)] = None


class ResultFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: Literal["file"]
    url: AnyUrl


class ResultError(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: Literal["error"]
    reason: str


class Job(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: UUID
    state: JobState
    priority: Priority
    createdAt: AwareDatetime
    progress: Progress | None = None
    result: Annotated[ResultFile | ResultError | None, Field(description="What the job produced (a union).")] = None
    tags: list[str] | None = None
    note: str | None = None


class JobList(BaseModel):
    model_config = ConfigDict(extra="allow")
    jobs: list[Job]
    total: int | None = None


class JobRef(BaseModel):
    model_config = ConfigDict(extra="allow")
    jobId: UUID


class JobsBulkRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    jobs: Annotated[list[JobRef], Field(max_length=50, min_length=1)]


class Error(BaseModel):
    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": dict[str, str]}
    code: str
    message: str
