"""Contains all the data models used in inputs/outputs"""

from .bulk_process_status_request import BulkProcessStatusRequest
from .key_set import KeySet
from .key_set_response import KeySetResponse
from .link import Link
from .problem import Problem
from .process_status import ProcessStatus
from .process_status_id import ProcessStatusId
from .process_status_response import ProcessStatusResponse
from .process_status_status import ProcessStatusStatus
from .push_notification import PushNotification
from .push_notification_event import PushNotificationEvent
from .push_notification_event_metadata import PushNotificationEventMetadata
from .signature_key_type import SignatureKeyType
from .subscription_request import SubscriptionRequest
from .subscription_resource import SubscriptionResource
from .subscription_response import SubscriptionResponse
from .subscription_type import SubscriptionType
from .subscriptions_response import SubscriptionsResponse
from .violation import Violation

__all__ = (
    "BulkProcessStatusRequest",
    "KeySet",
    "KeySetResponse",
    "Link",
    "Problem",
    "ProcessStatus",
    "ProcessStatusId",
    "ProcessStatusResponse",
    "ProcessStatusStatus",
    "PushNotification",
    "PushNotificationEvent",
    "PushNotificationEventMetadata",
    "SignatureKeyType",
    "SubscriptionRequest",
    "SubscriptionResource",
    "SubscriptionResponse",
    "SubscriptionsResponse",
    "SubscriptionType",
    "Violation",
)
