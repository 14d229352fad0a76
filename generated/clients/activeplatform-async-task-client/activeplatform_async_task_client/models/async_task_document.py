from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model


class AsyncTaskDocument(OpenModel[Any]):
    """JSON:API top-level document holding one asynchronous task."""

    data: AsyncTask = _field("data", _model(lambda: AsyncTask))
    """JSON:API resource object of an asynchronous task."""


from ..models.async_task import AsyncTask  # noqa: E402
