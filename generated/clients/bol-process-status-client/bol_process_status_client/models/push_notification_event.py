from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushNotificationEvent")


class PushNotificationEvent:
    """What happened. For `resource` `PROCESS_STATUS`, `type` is the final status (`SUCCESS`,
    `FAILURE` or `TIMEOUT`; bol never pushes `PENDING`) and `resourceId` "is the
    processStatusId" (bol's docs, S12). There is no event id and nothing is signed but the
    body: deduplicate on (`resource`, `resourceId`, `type`). `resource` and `type` are open
    strings: other subscribed resources (and bol's test message) use other values, which a
    receiver of process statuses accepts and ignores. The recorded delivery (S11) also carries an
    empty `links` array, whose items no source describes: it is left to `additionalProperties`.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "resource": "resource",
        "type_": "type",
        "resource_id": "resourceId",
        "metadata": "metadata",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _resource: str = PENDING
    _type_: str = PENDING
    _resource_id: str = PENDING
    _metadata: PushNotificationEventMetadata | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self, resource: str, type_: str, resource_id: str, metadata: PushNotificationEventMetadata | Unset = UNSET
    ) -> None:
        self._object_ = {}
        self._resource = resource
        self._type_ = type_
        self._resource_id = resource_id
        self._metadata = metadata
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def resource(self) -> str:
        """The kind of resource, `PROCESS_STATUS` for the events this suite handles."""
        value = self._resource
        if value is PENDING:
            value = self._load_resource()
        if value is MISSING:
            raise_missing(self, "resource", "resource")
        return value

    @resource.setter
    def resource(self, value: str) -> None:
        self._resource = value

    def _load_resource(self) -> str:
        _raw_resource = self._object_.get("resource", MISSING)
        try:
            resource = _raw_resource
            if not isinstance(resource, str):
                raise TypeError("resource")
        except PARSE_ERRORS:
            resource = MISSING
            if _raw_resource is not MISSING:
                self._keep_unusable_("resource", _raw_resource)
        self._resource = resource
        return self._resource

    @property
    def type_(self) -> str:
        """For `PROCESS_STATUS`, the final status `SUCCESS`, `FAILURE` or `TIMEOUT`."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: str) -> None:
        self._type_ = value

    def _load_type_(self) -> str:
        _raw_type_ = self._object_.get("type", MISSING)
        try:
            type_ = _raw_type_
            if not isinstance(type_, str):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def resource_id(self) -> str:
        """For `PROCESS_STATUS`, the process status id."""
        value = self._resource_id
        if value is PENDING:
            value = self._load_resource_id()
        if value is MISSING:
            raise_missing(self, "resourceId", "resource_id")
        return value

    @resource_id.setter
    def resource_id(self, value: str) -> None:
        self._resource_id = value

    def _load_resource_id(self) -> str:
        _raw_resource_id = self._object_.get("resourceId", MISSING)
        try:
            resource_id = _raw_resource_id
            if not isinstance(resource_id, str):
                raise TypeError("resourceId")
        except PARSE_ERRORS:
            resource_id = MISSING
            if _raw_resource_id is not MISSING:
                self._keep_unusable_("resourceId", _raw_resource_id)
        self._resource_id = resource_id
        return self._resource_id

    @property
    def metadata(self) -> PushNotificationEventMetadata | Unset:
        """Present (empty) in the recorded delivery (S11); its members are not documented."""
        value = self._metadata
        if value is PENDING:
            value = self._load_metadata()
        return value

    @metadata.setter
    def metadata(self, value: PushNotificationEventMetadata | Unset) -> None:
        self._metadata = value

    def _load_metadata(self) -> PushNotificationEventMetadata | Unset:
        _raw_metadata = self._object_.get("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: PushNotificationEventMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PushNotificationEventMetadata.from_dict(_metadata)

        except PARSE_ERRORS:
            metadata = UNSET
            if _raw_metadata is not UNSET:
                self._keep_unusable_("metadata", _raw_metadata)
        self._metadata = metadata
        return self._metadata

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._resource is PENDING:
            self._load_resource()
        if self._type_ is PENDING:
            self._load_type_()
        if self._resource_id is PENDING:
            self._load_resource_id()
        if self._metadata is PENDING:
            self._load_metadata()

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
        if not isinstance(other, PushNotificationEvent) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._resource, self._type_, self._resource_id, self._metadata, self.additional_properties) == (
            other._resource,
            other._type_,
            other._resource_id,
            other._metadata,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"resource={self._resource!r}")
        fields.append(f"type_={self._type_!r}")
        fields.append(f"resource_id={self._resource_id!r}")
        if self._metadata is not UNSET:
            fields.append(f"metadata={self._metadata!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._resource is not MISSING:
            resource = self._resource
            field_dict["resource"] = resource

        if self._type_ is not MISSING:
            type_ = self._type_
            field_dict["type"] = type_

        if self._resource_id is not MISSING:
            resource_id = self._resource_id
            field_dict["resourceId"] = resource_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self._metadata, Unset):
            metadata = self._metadata.to_dict()
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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


from ..models.push_notification_event_metadata import PushNotificationEventMetadata  # noqa: E402
