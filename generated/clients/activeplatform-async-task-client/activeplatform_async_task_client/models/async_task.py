from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..models.async_task_resource_type import AsyncTaskResourceType


class AsyncTask(OpenModel[Any]):
    """JSON:API resource object of an asynchronous task."""

    id: str = _field("id", STR)
    """Identifier of an asynchronous task in a JSON:API resource object, where ids are strings: the
    string holds a decimal integer (as the documentation's argument table types the ID) or a
    UUID (as its request and response examples show).
    """
    type_: AsyncTaskResourceType = _field("type", _enum(AsyncTaskResourceType))
    """JSON:API resource type of an asynchronous task (the documentation's example shows `async_tasks`)."""
    attributes: AsyncTaskAttributes = _field("attributes", _model(lambda: AsyncTaskAttributes))
    """State of the asynchronous task."""


from ..models.async_task_attributes import AsyncTaskAttributes  # noqa: E402
