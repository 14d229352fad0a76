from asyncstatus_core import operations as _operations

from ...client import AuthenticatedClient, Client
from ...models.report import Report

_OPERATION: _operations.Operation[Report] = _operations.operation(
    __name__, "get /reports/{report_id}", [("200", "object", Report.from_dict)]
)


def _request(report_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one report

    Args:
        report_id (str):
    """

    return _OPERATION.request(client, path={"report_id": report_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Report")
