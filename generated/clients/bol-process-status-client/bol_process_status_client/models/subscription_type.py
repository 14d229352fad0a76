from asyncstatus_core.open_enum import OpenStrEnum


class SubscriptionType(OpenStrEnum):
    AWS_SQS = "AWS_SQS"
    GCP_PUBSUB = "GCP_PUBSUB"
    WEBHOOK = "WEBHOOK"
