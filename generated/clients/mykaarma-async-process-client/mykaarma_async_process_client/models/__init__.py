"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .api_response import ApiResponse
from .api_warning import ApiWarning
from .async_process_response import AsyncProcessResponse
from .async_process_status import AsyncProcessStatus
from .async_process_step import AsyncProcessStep
from .async_task_type import AsyncTaskType
from .business import Business
from .business_type import BusinessType
from .requester_user import RequesterUser
from .requester_user_type import RequesterUserType
from .service_subscriber import ServiceSubscriber

__all__ = (
    "ApiError",
    "ApiResponse",
    "ApiWarning",
    "AsyncProcessResponse",
    "AsyncProcessStatus",
    "AsyncProcessStep",
    "AsyncTaskType",
    "Business",
    "BusinessType",
    "RequesterUser",
    "RequesterUserType",
    "ServiceSubscriber",
)
