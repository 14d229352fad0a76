"""Contains all the data models used in inputs/outputs"""

from .bulk_process_status_request import BulkProcessStatusRequest
from .link import Link
from .problem import Problem
from .process_status import ProcessStatus
from .process_status_id import ProcessStatusId
from .process_status_response import ProcessStatusResponse
from .process_status_status import ProcessStatusStatus
from .violation import Violation

__all__ = (
    "BulkProcessStatusRequest",
    "Link",
    "Problem",
    "ProcessStatus",
    "ProcessStatusId",
    "ProcessStatusResponse",
    "ProcessStatusStatus",
    "Violation",
)
