from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """ServiceStack's generic error body, used for failures outside the service (request binding, authentication filters):
    the failure is reported in a `responseStatus` object (https://docs.servicestack.net/error-handling; ServiceStack
    source `ErrorResponse.cs`, `WriteErrorToResponse`). Failures inside these two services do not use it: see
    `GetTaskErrorBody` and `GetTaskDetailErrorBody`.

    """

    _response_status: ResponseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def response_status(self) -> ResponseStatus:
        """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it
        nullable (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out;
        the framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields
        a status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
        framework source shows it is not."""
        value = self._response_status
        if value is MISSING:
            raise_missing(self, "responseStatus", "response_status")
        return value

    @response_status.setter
    def response_status(self, value: ResponseStatus) -> None:
        self._response_status = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._response_status is not MISSING:
            response_status = self._response_status.to_dict()
            field_dict["responseStatus"] = response_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_response_status = d.pop("responseStatus", MISSING)
        try:
            response_status = ResponseStatus.from_dict(_raw_response_status)

        except PARSE_ERRORS:
            response_status = MISSING
            if _raw_response_status is not MISSING:
                d["responseStatus"] = _raw_response_status

        error_response = cls(
            response_status=response_status,
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


from ..models.response_status import ResponseStatus  # noqa: E402
