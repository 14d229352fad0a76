from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


class ErrorResponse:
    """The body of every error ("Generic errors", https://dm.realtimeregister.com/docs/api/errors):
    a `type` naming the error and a human-readable `message`. Some types add fields (e.g.
    `ConstraintViolationException` adds `violations`, per the official TypeScript SDK); the
    object stays open for those.

    Generic error types and the statuses the errors page gives them: `AuthenticationError`
    401, `AuthenticationRatelimitedError` 429, `AuthorizationError` 403,
    `ConstraintViolationException` 400, `InsufficientCreditException` 400, `InternalSRSError`
    500, `InvalidMessage` 400, `NoContractException` 400, `ObjectDoesNotExist` 400,
    `ObjectExists` 400, `ObjectStatusProhibitsOperation` 400, `ProcessError` 400,
    `ProviderConnectionError` 502, `ProviderUnavailable` 503, `TooManyRequests` 429,
    `UnrecognizedPropertyException` 400, `UnsupportedTld` 400, `ValidationError` 400.
    `type` is not an enum because call-specific error types exist besides these.

    Type-specific fields, all optional here because only some types carry them: `objectType`
    and `identifier` (`ObjectDoesNotExist`, `ObjectExists`; the provider's page
    https://dm.realtimeregister.com/docs/api/errors/ObjectDoesNotExist lists both as required
    strings of that type), `startDate` and `endDate` (`ProviderUnavailable`, optional
    timestamps per https://dm.yoursrs-ote.com/docs/api/errors/ProviderUnavailable, read as
    dates by realtimeregister-ts src/Exceptions.ts@95ac2e9f).

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "type_": "type",
        "message": "message",
        "violations": "violations",
        "object_type": "objectType",
        "identifier": "identifier",
        "start_date": "startDate",
        "end_date": "endDate",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _type_: str = PENDING
    _message: str = PENDING
    _violations: list[ConstraintViolation] | Unset = PENDING
    _object_type: str | Unset = PENDING
    _identifier: str | Unset = PENDING
    _start_date: datetime.datetime | Unset = PENDING
    _end_date: datetime.datetime | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        type_: str,
        message: str,
        violations: list[ConstraintViolation] | Unset = UNSET,
        object_type: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._type_ = type_
        self._message = message
        self._violations = violations
        self._object_type = object_type
        self._identifier = identifier
        self._start_date = start_date
        self._end_date = end_date
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def type_(self) -> str:
        """The error type, e.g. `ObjectDoesNotExist`, `AuthenticationError`, `ValidationError`."""
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
    def message(self) -> str:
        """A human-readable explanation."""
        value = self._message
        if value is PENDING:
            value = self._load_message()
        if value is MISSING:
            raise_missing(self, "message", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def _load_message(self) -> str:
        _raw_message = self._object_.get("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                self._keep_unusable_("message", _raw_message)
        self._message = message
        return self._message

    @property
    def violations(self) -> list[ConstraintViolation] | Unset:
        """For `ConstraintViolationException`, the parameters that failed validation."""
        value = self._violations
        if value is PENDING:
            value = self._load_violations()
        return value

    @violations.setter
    def violations(self, value: list[ConstraintViolation] | Unset) -> None:
        self._violations = value

    def _load_violations(self) -> list[ConstraintViolation] | Unset:
        _raw_violations = self._object_.get("violations", UNSET)
        try:
            _violations = _raw_violations
            violations: list[ConstraintViolation] | Unset = UNSET
            if _violations is not UNSET:
                violations = list(map(ConstraintViolation.from_dict, _violations))

        except PARSE_ERRORS:
            violations = UNSET
            if _raw_violations is not UNSET:
                self._keep_unusable_("violations", _raw_violations)
        self._violations = violations
        return self._violations

    @property
    def object_type(self) -> str | Unset:
        """For `ObjectDoesNotExist` and `ObjectExists`, the kind of object, e.g. `Process`."""
        value = self._object_type
        if value is PENDING:
            value = self._load_object_type()
        return value

    @object_type.setter
    def object_type(self, value: str | Unset) -> None:
        self._object_type = value

    def _load_object_type(self) -> str | Unset:
        _raw_object_type = self._object_.get("objectType", UNSET)
        try:
            object_type = _raw_object_type
            if not isinstance(object_type, (str, Unset)):
                raise TypeError("objectType")
        except PARSE_ERRORS:
            object_type = UNSET
            if _raw_object_type is not UNSET:
                self._keep_unusable_("objectType", _raw_object_type)
        self._object_type = object_type
        return self._object_type

    @property
    def identifier(self) -> str | Unset:
        """For `ObjectDoesNotExist` and `ObjectExists`, the identifier of the object (a string even for a numeric
        process id)."""
        value = self._identifier
        if value is PENDING:
            value = self._load_identifier()
        return value

    @identifier.setter
    def identifier(self, value: str | Unset) -> None:
        self._identifier = value

    def _load_identifier(self) -> str | Unset:
        _raw_identifier = self._object_.get("identifier", UNSET)
        try:
            identifier = _raw_identifier
            if not isinstance(identifier, (str, Unset)):
                raise TypeError("identifier")
        except PARSE_ERRORS:
            identifier = UNSET
            if _raw_identifier is not UNSET:
                self._keep_unusable_("identifier", _raw_identifier)
        self._identifier = identifier
        return self._identifier

    @property
    def start_date(self) -> datetime.datetime | Unset:
        """For `ProviderUnavailable`, the start of a scheduled downtime."""
        value = self._start_date
        if value is PENDING:
            value = self._load_start_date()
        return value

    @start_date.setter
    def start_date(self, value: datetime.datetime | Unset) -> None:
        self._start_date = value

    def _load_start_date(self) -> datetime.datetime | Unset:
        _raw_start_date = self._object_.get("startDate", UNSET)
        try:
            _start_date = _raw_start_date
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = parse_datetime(_start_date)

        except PARSE_ERRORS:
            start_date = UNSET
            if _raw_start_date is not UNSET:
                self._keep_unusable_("startDate", _raw_start_date)
        self._start_date = start_date
        return self._start_date

    @property
    def end_date(self) -> datetime.datetime | Unset:
        """For `ProviderUnavailable`, the end of a scheduled downtime."""
        value = self._end_date
        if value is PENDING:
            value = self._load_end_date()
        return value

    @end_date.setter
    def end_date(self, value: datetime.datetime | Unset) -> None:
        self._end_date = value

    def _load_end_date(self) -> datetime.datetime | Unset:
        _raw_end_date = self._object_.get("endDate", UNSET)
        try:
            _end_date = _raw_end_date
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = parse_datetime(_end_date)

        except PARSE_ERRORS:
            end_date = UNSET
            if _raw_end_date is not UNSET:
                self._keep_unusable_("endDate", _raw_end_date)
        self._end_date = end_date
        return self._end_date

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._type_ is PENDING:
            self._load_type_()
        if self._message is PENDING:
            self._load_message()
        if self._violations is PENDING:
            self._load_violations()
        if self._object_type is PENDING:
            self._load_object_type()
        if self._identifier is PENDING:
            self._load_identifier()
        if self._start_date is PENDING:
            self._load_start_date()
        if self._end_date is PENDING:
            self._load_end_date()

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
        if not isinstance(other, ErrorResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._type_,
            self._message,
            self._violations,
            self._object_type,
            self._identifier,
            self._start_date,
            self._end_date,
            self.additional_properties,
        ) == (
            other._type_,
            other._message,
            other._violations,
            other._object_type,
            other._identifier,
            other._start_date,
            other._end_date,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"type_={self._type_!r}")
        fields.append(f"message={self._message!r}")
        if self._violations is not UNSET:
            fields.append(f"violations={self._violations!r}")
        if self._object_type is not UNSET:
            fields.append(f"object_type={self._object_type!r}")
        if self._identifier is not UNSET:
            fields.append(f"identifier={self._identifier!r}")
        if self._start_date is not UNSET:
            fields.append(f"start_date={self._start_date!r}")
        if self._end_date is not UNSET:
            fields.append(f"end_date={self._end_date!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._type_ is not MISSING:
            type_ = self._type_
            field_dict["type"] = type_

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._violations, Unset):
            violations = []
            for violations_item_data in self._violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        if violations is not UNSET:
            field_dict["violations"] = violations

        object_type = self._object_type
        if object_type is not UNSET:
            field_dict["objectType"] = object_type

        identifier = self._identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        start_date: str | Unset = UNSET
        if not isinstance(self._start_date, Unset):
            start_date = format_datetime(self._start_date)
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        end_date: str | Unset = UNSET
        if not isinstance(self._end_date, Unset):
            end_date = format_datetime(self._end_date)
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

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


from ..models.constraint_violation import ConstraintViolation  # noqa: E402
