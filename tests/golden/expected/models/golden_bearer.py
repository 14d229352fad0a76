# Generated from tests/golden/spec/golden_bearer.yaml by datamodel-code-generator (make generate). Do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Owner(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str


class Report(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    owner: Owner | None = None
