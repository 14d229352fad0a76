"""Contains all the data models used in inputs/outputs"""

from .application_attributes import ApplicationAttributes
from .async_task import AsyncTask
from .async_task_attributes import AsyncTaskAttributes
from .async_task_document import AsyncTaskDocument
from .async_task_resource_type import AsyncTaskResourceType
from .async_task_results import AsyncTaskResults
from .async_task_status import AsyncTaskStatus
from .attribute_validation_error import AttributeValidationError
from .json_api_error import JsonApiError
from .json_api_error_document import JsonApiErrorDocument
from .json_api_error_links import JsonApiErrorLinks
from .json_api_error_meta import JsonApiErrorMeta
from .json_api_error_source import JsonApiErrorSource

__all__ = (
    "ApplicationAttributes",
    "AsyncTask",
    "AsyncTaskAttributes",
    "AsyncTaskDocument",
    "AsyncTaskResourceType",
    "AsyncTaskResults",
    "AsyncTaskStatus",
    "AttributeValidationError",
    "JsonApiError",
    "JsonApiErrorDocument",
    "JsonApiErrorLinks",
    "JsonApiErrorMeta",
    "JsonApiErrorSource",
)
