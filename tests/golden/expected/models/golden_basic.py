# Generated from tests/golden/spec/golden_basic.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Step(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    status: Annotated[str, Field(examples=["WAITING", "BUSY", "OK", "BROKEN"])]
    startedAt: AwareDatetime | None = None


class Batch(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    status: Annotated[
        str,
        Field(
            description="An open string; the values are listed by `examples`.",
            examples=["WAITING", "BUSY", "OK", "BROKEN"],
        ),
    ]
    steps: list[Step]


class Problem(BaseModel):
    model_config = ConfigDict(extra="allow")
    title: str | None = None
