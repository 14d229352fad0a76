"""Contains all the data models used in inputs/outputs"""

from .billable import Billable
from .billable_action import BillableAction
from .constraint_violation import ConstraintViolation
from .error_response import ErrorResponse
from .notification import Notification
from .notification_list import NotificationList
from .notification_payload_type_0 import NotificationPayloadType0
from .notification_poll import NotificationPoll
from .notification_subject_status import NotificationSubjectStatus
from .pagination import Pagination
from .process import Process
from .process_command import ProcessCommand
from .process_error_content import ProcessErrorContent
from .process_fields import ProcessFields
from .process_fields_refund import ProcessFieldsRefund
from .process_fields_reservation import ProcessFieldsReservation
from .process_fields_transaction import ProcessFieldsTransaction
from .process_refund import ProcessRefund
from .process_reservation import ProcessReservation
from .process_status import ProcessStatus
from .process_transaction import ProcessTransaction
from .resume_type import ResumeType

__all__ = (
    "Billable",
    "BillableAction",
    "ConstraintViolation",
    "ErrorResponse",
    "Notification",
    "NotificationList",
    "NotificationPayloadType0",
    "NotificationPoll",
    "NotificationSubjectStatus",
    "Pagination",
    "Process",
    "ProcessCommand",
    "ProcessErrorContent",
    "ProcessFields",
    "ProcessFieldsRefund",
    "ProcessFieldsReservation",
    "ProcessFieldsTransaction",
    "ProcessRefund",
    "ProcessReservation",
    "ProcessStatus",
    "ProcessTransaction",
    "ResumeType",
)
