from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class ResponseStatus(OpenModel[Any]):
    """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it nullable
    (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out; the
    framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields a
    status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
    framework source shows it is not.

    """

    error_code: str = _field("errorCode", STR)
    """Machine-readable code: the exception's type name (e.g. `ArgumentException`) or the HTTP status name (e.g.
    `NotFound`, `Unauthorized`).
    """
    message: str = _field("message", STR)
    """Human-readable message."""
    stack_trace: str | Unset = _field("stackTrace", STR, default=UNSET)
    """Server stack trace; present only when the service runs in debug mode (then `meta` may carry `InnerMessages`)."""
    errors: list[ResponseError] | Unset = _field("errors", _list_of(_model(lambda: ResponseError)), default=UNSET)
    """Field-level errors, e.g. of request binding or validation; usually an empty list when there are none, sometimes
    absent (see above).
    """
    meta: ResponseStatusMeta | Unset = _field("meta", _model(lambda: ResponseStatusMeta), default=UNSET)
    """Additional string metadata about the error."""


from ..models.response_error import ResponseError  # noqa: E402
from ..models.response_status_meta import ResponseStatusMeta  # noqa: E402
