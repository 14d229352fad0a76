from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class Pagination(OpenModel[Any]):
    """Where a page sits in the list (the PHP SDK's `Pagination` reads `limit`, `offset` and, optionally, `total`; S10)."""

    limit: int = _field("limit", INT)
    offset: int = _field("offset", INT)
    total: int | Unset = _field("total", INT, default=UNSET)
