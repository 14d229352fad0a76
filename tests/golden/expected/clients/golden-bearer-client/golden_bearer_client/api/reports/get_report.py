from asyncstatus_core import operations as _operations

from ... import _media
from ...client import AuthenticatedClient, Client
from ...models.report import Report

_OPERATION: _operations.Operation[Report] = _operations.Operation(
    "get_report", _media, [(200, 200, "object", Report.from_dict)], method="get", path="/reports/{report_id}"
)


def _request(report_id: str, *, client: AuthenticatedClient | Client) -> _operations.Request:
    """Read one report

    Args:
        report_id (str):
    """

    return _OPERATION.request(client, path={"report_id": report_id})


sync_detailed, sync, asyncio_detailed, asyncio = _OPERATION.functions(_request, "Report")
