from enum import StrEnum
from typing import Any


class SubscriptionType(StrEnum):
    """Known values are members; a value the spec does not list (the provider added one) becomes an
    unnamed instance that keeps the raw value, so parsing never fails and `to_dict()` writes it back."""

    AWS_SQS = "AWS_SQS"
    GCP_PUBSUB = "GCP_PUBSUB"
    WEBHOOK = "WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this SDK was generated."""
        return self._name_ in type(self).__members__

    @classmethod
    def from_wire(cls, value: str) -> "SubscriptionType":
        """The member for a value read from the wire: a dictionary look-up for known values (calling the
        class costs about three times as much), an unnamed instance for others."""
        member = cls._value2member_map_.get(value)
        return member if isinstance(member, cls) else cls(value)

    @classmethod
    def _missing_(cls, value: Any) -> "SubscriptionType | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
