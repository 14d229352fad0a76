from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="ErrorResponse")


class ErrorResponse:
    """ServiceStack's generic error body, used for failures outside the service (request binding, authentication filters):
    the failure is reported in a `responseStatus` object (https://docs.servicestack.net/error-handling; ServiceStack
    source `ErrorResponse.cs`, `WriteErrorToResponse`). Failures inside these two services do not use it: see
    `GetTaskErrorBody` and `GetTaskDetailErrorBody`.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"response_status": "responseStatus"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _response_status: ResponseStatus = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, response_status: ResponseStatus) -> None:
        self._object_ = {}
        self._response_status = response_status
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def response_status(self) -> ResponseStatus:
        """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it
        nullable (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out;
        the framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields
        a status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
        framework source shows it is not."""
        value = self._response_status
        if value is PENDING:
            value = self._load_response_status()
        if value is MISSING:
            raise_missing(self, "responseStatus", "response_status")
        return value

    @response_status.setter
    def response_status(self, value: ResponseStatus) -> None:
        self._response_status = value

    def _load_response_status(self) -> ResponseStatus:
        _raw_response_status = self._object_.get("responseStatus", MISSING)
        try:
            response_status = ResponseStatus.from_dict(_raw_response_status)

        except PARSE_ERRORS:
            response_status = MISSING
            if _raw_response_status is not MISSING:
                self._keep_unusable_("responseStatus", _raw_response_status)
        self._response_status = response_status
        return self._response_status

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._response_status is PENDING:
            self._load_response_status()

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
        return (self._response_status, self.additional_properties) == (
            other._response_status,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"response_status={self._response_status!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._response_status is not MISSING:
            response_status = self._response_status.to_dict()
            field_dict["responseStatus"] = response_status

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


from ..models.response_status import ResponseStatus  # noqa: E402
