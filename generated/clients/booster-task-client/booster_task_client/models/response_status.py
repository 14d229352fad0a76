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
    """ServiceStack `ResponseStatus`, the details of a failure."""

    _error_code: str
    _message: str
    _errors: list[ResponseError]
    stack_trace: str | Unset = UNSET
    """ Server stack trace; present only when the service runs in debug mode. """
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

    @property
    def errors(self) -> list[ResponseError]:
        """Field-level errors, e.g. of request validation; empty when there are none."""
        value = self._errors
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[ResponseError]) -> None:
        self._errors = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._error_code is not MISSING:
            error_code = self._error_code
            field_dict["errorCode"] = error_code

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        if self._errors is not MISSING:
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

            field_dict["errors"] = errors

        stack_trace = self.stack_trace
        if stack_trace is not UNSET:
            field_dict["stackTrace"] = stack_trace

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

        _raw_errors = d.pop("errors", MISSING)
        try:
            errors = []
            _errors = _raw_errors
            for errors_item_data in _errors:
                errors_item = ResponseError.from_dict(errors_item_data)

                errors.append(errors_item)

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                d["errors"] = _raw_errors

        _raw_stack_trace = d.pop("stackTrace", UNSET)
        try:
            stack_trace = _raw_stack_trace
            if not isinstance(stack_trace, str | Unset):
                raise TypeError("stackTrace")
        except PARSE_ERRORS:
            stack_trace = UNSET
            d["stackTrace"] = _raw_stack_trace

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
            errors=errors,
            stack_trace=stack_trace,
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
