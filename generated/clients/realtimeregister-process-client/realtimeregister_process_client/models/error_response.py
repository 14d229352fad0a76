from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from .._wire import format_datetime, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
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

    _type_: str
    _message: str
    violations: list[ConstraintViolation] | Unset = UNSET
    """ For `ConstraintViolationException`, the parameters that failed validation. """
    object_type: str | Unset = UNSET
    """ For `ObjectDoesNotExist` and `ObjectExists`, the kind of object, e.g. `Process`. """
    identifier: str | Unset = UNSET
    """ For `ObjectDoesNotExist` and `ObjectExists`, the identifier of the object (a string even for a numeric
    process id). """
    start_date: datetime.datetime | Unset = UNSET
    """ For `ProviderUnavailable`, the start of a scheduled downtime. """
    end_date: datetime.datetime | Unset = UNSET
    """ For `ProviderUnavailable`, the end of a scheduled downtime. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str:
        """The error type, e.g. `ObjectDoesNotExist`, `AuthenticationError`, `ValidationError`."""
        value = self._type_
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: str) -> None:
        self._type_ = value

    @property
    def message(self) -> str:
        """A human-readable explanation."""
        value = self._message
        if value is MISSING:
            raise_missing(self, "message", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._type_ is not MISSING:
            type_ = self._type_
            field_dict["type"] = type_

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        if violations is not UNSET:
            field_dict["violations"] = violations

        object_type = self.object_type
        if object_type is not UNSET:
            field_dict["objectType"] = object_type

        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = format_datetime(self.start_date)
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = format_datetime(self.end_date)
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", MISSING)
        try:
            type_ = _raw_type_
            if not isinstance(type_, str):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                d["type"] = _raw_type_

        _raw_message = d.pop("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                d["message"] = _raw_message

        _raw_violations = d.pop("violations", UNSET)
        try:
            _violations = _raw_violations
            violations: list[ConstraintViolation] | Unset = UNSET
            if _violations is not UNSET:
                violations = []
                for violations_item_data in _violations:
                    violations_item = ConstraintViolation.from_dict(violations_item_data)

                    violations.append(violations_item)

        except PARSE_ERRORS:
            violations = UNSET
            d["violations"] = _raw_violations

        _raw_object_type = d.pop("objectType", UNSET)
        try:
            object_type = _raw_object_type
            if not isinstance(object_type, (str, Unset)):
                raise TypeError("objectType")
        except PARSE_ERRORS:
            object_type = UNSET
            d["objectType"] = _raw_object_type

        _raw_identifier = d.pop("identifier", UNSET)
        try:
            identifier = _raw_identifier
            if not isinstance(identifier, (str, Unset)):
                raise TypeError("identifier")
        except PARSE_ERRORS:
            identifier = UNSET
            d["identifier"] = _raw_identifier

        _raw_start_date = d.pop("startDate", UNSET)
        try:
            _start_date = _raw_start_date
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = parse_datetime(_start_date)

        except PARSE_ERRORS:
            start_date = UNSET
            d["startDate"] = _raw_start_date

        _raw_end_date = d.pop("endDate", UNSET)
        try:
            _end_date = _raw_end_date
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = parse_datetime(_end_date)

        except PARSE_ERRORS:
            end_date = UNSET
            d["endDate"] = _raw_end_date

        error_response = cls(
            type_=type_,
            message=message,
            violations=violations,
            object_type=object_type,
            identifier=identifier,
            start_date=start_date,
            end_date=end_date,
        )

        error_response.additional_properties = d
        return error_response

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
