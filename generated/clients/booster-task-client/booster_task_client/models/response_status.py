from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStatus")


@_attrs_define
class ResponseStatus:
    """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it nullable
    (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out; the
    framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields a
    status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
    framework source shows it is not.

    """

    _error_code: str
    _message: str
    stack_trace: str | Unset = UNSET
    """ Server stack trace; present only when the service runs in debug mode (then `meta` may carry
    `InnerMessages`). """
    errors: list[ResponseError] | Unset = UNSET
    """ Field-level errors, e.g. of request binding or validation; usually an empty list when there are none,
    sometimes absent (see above). """
    meta: ResponseStatusMeta | Unset = UNSET
    """ Additional string metadata about the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error_code(self) -> str:
        """Machine-readable code: the exception's type name (e.g. `ArgumentException`) or the HTTP status name (e.g.
        `NotFound`, `Unauthorized`)."""
        value = self._error_code
        if value is MISSING:
            raise_missing(self, "errorCode", "error_code")
        return value

    @error_code.setter
    def error_code(self, value: str) -> None:
        self._error_code = value

    @property
    def message(self) -> str:
        """Human-readable message."""
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
        if self._error_code is not MISSING:
            error_code = self._error_code
            field_dict["errorCode"] = error_code

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        stack_trace = self.stack_trace
        if stack_trace is not UNSET:
            field_dict["stackTrace"] = stack_trace

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        if errors is not UNSET:
            field_dict["errors"] = errors

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_error_code = d.pop("errorCode", MISSING)
        try:
            error_code = _raw_error_code
            if not isinstance(error_code, str):
                raise TypeError("errorCode")
        except PARSE_ERRORS:
            error_code = MISSING
            if _raw_error_code is not MISSING:
                d["errorCode"] = _raw_error_code

        _raw_message = d.pop("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                d["message"] = _raw_message

        _raw_stack_trace = d.pop("stackTrace", UNSET)
        try:
            stack_trace = _raw_stack_trace
            if not isinstance(stack_trace, (str, Unset)):
                raise TypeError("stackTrace")
        except PARSE_ERRORS:
            stack_trace = UNSET
            d["stackTrace"] = _raw_stack_trace

        _raw_errors = d.pop("errors", UNSET)
        try:
            _errors = _raw_errors
            errors: list[ResponseError] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = ResponseError.from_dict(errors_item_data)

                    errors.append(errors_item)

        except PARSE_ERRORS:
            errors = UNSET
            d["errors"] = _raw_errors

        _raw_meta = d.pop("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: ResponseStatusMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseStatusMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            d["meta"] = _raw_meta

        response_status = cls(
            error_code=error_code,
            message=message,
            stack_trace=stack_trace,
            errors=errors,
            meta=meta,
        )

        response_status.additional_properties = d
        return response_status

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


from ..models.response_error import ResponseError  # noqa: E402
from ..models.response_status_meta import ResponseStatusMeta  # noqa: E402
