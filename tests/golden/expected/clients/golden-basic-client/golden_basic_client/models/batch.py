from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class Batch(OpenModel[Any]):
    id: int = _field("id", INT)
    status: str = _field("status", STR)
    """An open string; the values are listed by `examples`."""
    steps: list[Step] = _field("steps", _list_of(_model(lambda: Step)))


from ..models.step import Step  # noqa: E402
