from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class NotificationList(OpenModel[Any]):
    """One page of notifications in the provider's list envelope (the PHP SDK's `AbstractCollection`, S10)."""

    entities: list[Notification] = _field("entities", _list_of(_model(lambda: Notification)))
    pagination: Pagination = _field("pagination", _model(lambda: Pagination))
    """Where a page sits in the list (the PHP SDK's `Pagination` reads `limit`, `offset` and, optionally, `total`; S10)."""


from ..models.notification import Notification  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
