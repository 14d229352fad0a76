from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model


class ErrorResponse(OpenModel[Any]):
    """ServiceStack's generic error body, used for failures outside the service (request binding, authentication filters):
    the failure is reported in a `responseStatus` object (https://docs.servicestack.net/error-handling; ServiceStack
    source `ErrorResponse.cs`, `WriteErrorToResponse`). Failures inside these two services do not use it: see
    `GetTaskErrorBody` and `GetTaskDetailErrorBody`.

    """

    response_status: ResponseStatus = _field("responseStatus", _model(lambda: ResponseStatus))
    """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it nullable
    (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out; the
    framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields a
    status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
    framework source shows it is not.
    """


from ..models.response_status import ResponseStatus  # noqa: E402
