from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.subscription_resource import SubscriptionResource
from ..models.subscription_type import SubscriptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRequest")


class SubscriptionRequest:
    """A subscription to create or the full new state of one to update (bol's
    `SubscriptionRequest`, S10).

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "resources": "resources",
        "url": "url",
        "subscription_type": "subscriptionType",
        "enabled": "enabled",
        "identity": "identity",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _resources: list[SubscriptionResource] = PENDING
    _url: str = PENDING
    _subscription_type: SubscriptionType = PENDING
    _enabled: bool | Unset = PENDING
    _identity: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        resources: list[SubscriptionResource],
        url: str,
        subscription_type: SubscriptionType,
        enabled: bool | Unset = UNSET,
        identity: str | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._resources = resources
        self._url = url
        self._subscription_type = subscription_type
        self._enabled = enabled
        self._identity = identity
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def resources(self) -> list[SubscriptionResource]:
        """The event types to send (bol: "Note that some event types are only available for certain subscription
        types"). This suite uses `PROCESS_STATUS`."""
        value = self._resources
        if value is PENDING:
            value = self._load_resources()
        if value is MISSING:
            raise_missing(self, "resources", "resources")
        return value

    @resources.setter
    def resources(self, value: list[SubscriptionResource]) -> None:
        self._resources = value

    def _load_resources(self) -> list[SubscriptionResource]:
        _raw_resources = self._object_.get("resources", MISSING)
        try:
            resources = []
            _resources = _raw_resources
            for resources_item_data in _resources:
                resources_item = SubscriptionResource.from_wire(resources_item_data)

                resources.append(resources_item)

        except PARSE_ERRORS:
            resources = MISSING
            if _raw_resources is not MISSING:
                self._keep_unusable_("resources", _raw_resources)
        self._resources = resources
        return self._resources

    @property
    def url(self) -> str:
        """Where to send: for `WEBHOOK` the HTTPS URL bol posts to; for `GCP_PUBSUB` the topic name (bol's words). For
        `AWS_SQS` bol's description says no more."""
        value = self._url
        if value is PENDING:
            value = self._load_url()
        if value is MISSING:
            raise_missing(self, "url", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def _load_url(self) -> str:
        _raw_url = self._object_.get("url", MISSING)
        try:
            url = _raw_url
            if not isinstance(url, str):
                raise TypeError("url")
        except PARSE_ERRORS:
            url = MISSING
            if _raw_url is not MISSING:
                self._keep_unusable_("url", _raw_url)
        self._url = url
        return self._url

    @property
    def subscription_type(self) -> SubscriptionType:
        """Where bol delivers: an HTTPS webhook, a Google Cloud Pub/Sub topic or an AWS SQS queue (bol's
        `subscriptionType` enum, S10). `PROCESS_STATUS` events may go to any of the three."""
        value = self._subscription_type
        if value is PENDING:
            value = self._load_subscription_type()
        if value is MISSING:
            raise_missing(self, "subscriptionType", "subscription_type")
        return value

    @subscription_type.setter
    def subscription_type(self, value: SubscriptionType) -> None:
        self._subscription_type = value

    def _load_subscription_type(self) -> SubscriptionType:
        _raw_subscription_type = self._object_.get("subscriptionType", MISSING)
        try:
            subscription_type = SubscriptionType.from_wire(_raw_subscription_type)

        except PARSE_ERRORS:
            subscription_type = MISSING
            if _raw_subscription_type is not MISSING:
                self._keep_unusable_("subscriptionType", _raw_subscription_type)
        self._subscription_type = subscription_type
        return self._subscription_type

    @property
    def enabled(self) -> bool | Unset:
        """Whether the subscription receives notifications; bol defaults it to true."""
        value = self._enabled
        if value is PENDING:
            value = self._load_enabled()
        return value

    @enabled.setter
    def enabled(self, value: bool | Unset) -> None:
        self._enabled = value

    def _load_enabled(self) -> bool | Unset:
        _raw_enabled = self._object_.get("enabled", UNSET)
        try:
            enabled = _raw_enabled
            if not isinstance(enabled, (bool, Unset)):
                raise TypeError("enabled")
        except PARSE_ERRORS:
            enabled = UNSET
            if _raw_enabled is not UNSET:
                self._keep_unusable_("enabled", _raw_enabled)
        self._enabled = enabled
        return self._enabled

    @property
    def identity(self) -> str | Unset:
        """The AWS role ARN bol publishes with; required by bol when `subscriptionType` is `AWS_SQS`."""
        value = self._identity
        if value is PENDING:
            value = self._load_identity()
        return value

    @identity.setter
    def identity(self, value: str | Unset) -> None:
        self._identity = value

    def _load_identity(self) -> str | Unset:
        _raw_identity = self._object_.get("identity", UNSET)
        try:
            identity = _raw_identity
            if not isinstance(identity, (str, Unset)):
                raise TypeError("identity")
        except PARSE_ERRORS:
            identity = UNSET
            if _raw_identity is not UNSET:
                self._keep_unusable_("identity", _raw_identity)
        self._identity = identity
        return self._identity

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._resources is PENDING:
            self._load_resources()
        if self._url is PENDING:
            self._load_url()
        if self._subscription_type is PENDING:
            self._load_subscription_type()
        if self._enabled is PENDING:
            self._load_enabled()
        if self._identity is PENDING:
            self._load_identity()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, Any]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._resources,
            self._url,
            self._subscription_type,
            self._enabled,
            self._identity,
            self.additional_properties,
        ) == (
            other._resources,
            other._url,
            other._subscription_type,
            other._enabled,
            other._identity,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"resources={self._resources!r}")
        fields.append(f"url={self._url!r}")
        fields.append(f"subscription_type={self._subscription_type!r}")
        if self._enabled is not UNSET:
            fields.append(f"enabled={self._enabled!r}")
        if self._identity is not UNSET:
            fields.append(f"identity={self._identity!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._resources is not MISSING:
            resources = []
            for resources_item_data in self._resources:
                resources_item = resources_item_data.value
                resources.append(resources_item)

            field_dict["resources"] = resources

        if self._url is not MISSING:
            url = self._url
            field_dict["url"] = url

        if self._subscription_type is not MISSING:
            subscription_type = self._subscription_type.value
            field_dict["subscriptionType"] = subscription_type

        enabled = self._enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        identity = self._identity
        if identity is not UNSET:
            field_dict["identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
