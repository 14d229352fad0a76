from typing import Any

from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.notification_list import NotificationList
from ...types import UNSET, Unset

_OPERATION: _operations.Operation[ErrorResponse | NotificationList] = _operations.operation(
    __name__,
    "get /v2/customers/{customer}/notifications",
    [("200", "object", NotificationList.from_dict), ("400 401 403 429", "object", ErrorResponse.from_dict)],
)


def _request(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> _operations.Request:
    """List notifications

     The customer's notifications, `limit` at a time from `offset`, in the provider's usual list
    envelope (`entities` and `pagination`; the PHP SDK's `AbstractCollection`, S10). `q` filters,
    e.g. `acknowledgeDate:null` for the unacknowledged ones (S11).

    Args:
        customer (str):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        order (str | Unset):
        fields (str | Unset):
    """

    _kwargs: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["q"] = q

    params["order"] = order

    params["fields"] = fields

    _kwargs["params"] = params
    return _OPERATION.request(client, path={"customer": customer}, kwargs=_kwargs)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "ErrorResponse | NotificationList")
