from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStatus")


@_attrs_define
class ResponseStatus:
    """ServiceStack `ResponseStatus`, the details of a failure."""

    error_code: str
    """ Machine-readable code: the exception's type name (e.g. `ArgumentException`) or the HTTP status name (e.g.
    `NotFound`, `Unauthorized`). """
    message: str
    """ Human-readable message. """
    errors: list[ResponseError]
    """ Field-level errors, e.g. of request validation; empty when there are none. """
    stack_trace: str | Unset = UNSET
    """ Server stack trace; present only when the service runs in debug mode. """
    meta: ResponseStatusMeta | Unset = UNSET
    """ Additional string metadata about the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        stack_trace = self.stack_trace

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "message": message,
                "errors": errors,
            }
        )
        if stack_trace is not UNSET:
            field_dict["stackTrace"] = stack_trace
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode")

        message = d.pop("message")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ResponseError.from_dict(errors_item_data)

            errors.append(errors_item)

        stack_trace = d.pop("stackTrace", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ResponseStatusMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ResponseStatusMeta.from_dict(_meta)

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
