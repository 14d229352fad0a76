from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class ApiResponse(OpenModel[Any]):
    """myKaarma's common response envelope. Error answers (400, 401, 403, 500) consist of
    exactly this; successful answers extend it. Per PROVIDERS.md every body carries all
    three fields, so they are required (the reference page itself marks nothing required).

    """

    errors: list[ApiError] = _field("errors", _list_of(_model(lambda: ApiError)))
    """Errors of this request; empty on success."""
    warnings: list[ApiWarning] = _field("warnings", _list_of(_model(lambda: ApiWarning)))
    """Warnings of this request; often empty."""
    api_request_id: str = _field("apiRequestId", STR)
    """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""


from ..models.api_error import ApiError  # noqa: E402
from ..models.api_warning import ApiWarning  # noqa: E402
