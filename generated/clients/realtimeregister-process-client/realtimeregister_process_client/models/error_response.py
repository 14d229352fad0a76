from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    """

    type_: str
    """ The error type, e.g. `ObjectDoesNotExist`, `AuthenticationError`, `ValidationError`. """
    message: str
    """ A human-readable explanation. """
    violations: list[ConstraintViolation] | Unset = UNSET
    """ For `ConstraintViolationException`, the parameters that failed validation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        message = d.pop("message")

        _violations = d.pop("violations", UNSET)
        violations: list[ConstraintViolation] | Unset = UNSET
        if _violations is not UNSET:
            violations = []
            for violations_item_data in _violations:
                violations_item = ConstraintViolation.from_dict(violations_item_data)

                violations.append(violations_item)

        error_response = cls(
            type_=type_,
            message=message,
            violations=violations,
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
