"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .job import Job
from .job_list import JobList
from .job_ref import JobRef
from .job_state import JobState
from .jobs_bulk_request import JobsBulkRequest
from .priority import Priority
from .progress import Progress
from .result_error import ResultError
from .result_file import ResultFile

__all__ = (
    "Error",
    "Job",
    "JobList",
    "JobRef",
    "JobsBulkRequest",
    "JobState",
    "Priority",
    "Progress",
    "ResultError",
    "ResultFile",
)
