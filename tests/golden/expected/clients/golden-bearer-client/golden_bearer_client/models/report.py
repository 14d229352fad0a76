from __future__ import annotations

from typing import Any

from asyncstatus_core.model import NONE, STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model
from asyncstatus_core.model import union as _union

from ..types import UNSET, Unset


class Report(OpenModel[Any]):
    id: str = _field("id", STR)
    owner: None | Owner | Unset = _field("owner", _union(_model(lambda: Owner, needs=("name",)), NONE), default=UNSET)


from ..models.owner import Owner  # noqa: E402
