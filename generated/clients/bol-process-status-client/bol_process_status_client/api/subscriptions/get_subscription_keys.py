from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.key_set_response import KeySetResponse
from ...models.problem import Problem

_OPERATION: _operations.Operation[KeySetResponse | Problem] = _operations.operation(
    __name__,
    "get /subscriptions/signature-keys",
    [("200", "object", KeySetResponse.from_dict), ("401 403 406 429", "object", Problem.from_dict)],
)


def _request(*, client: AuthenticatedClient | Client) -> _operations.Request:
    """Get the public keys that sign push notifications

     The RSA public keys bol signs webhook deliveries with. A delivery's signature header names
    the key in its `keyId`, which is a key's `id` here (bol: "Maps to the keyId value in the
    signature header of the push request"). Keys rotate without notice: fetch them again when
    a delivery names an unknown `keyId`, and do not keep them forever.

    bol's operation `get-subscription-keys` (S10). bol declares only the `200`.

    """

    return _OPERATION.request(client)


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "KeySetResponse | Problem")
