from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseError")


@_attrs_define
class ResponseError:
    """ServiceStack `ResponseError`, an error about one named field.

    The name is ServiceStack's, kept so the spec reads like the provider's own metadata; it
    clashes with the `ResponseError` class of OpenAPI Generator's `typescript-fetch` runtime, so
    a TypeScript client is generated with `--model-name-mappings ResponseError=ServiceStackResponseError`
    (as `make portability` does). Other generators need no mapping.

    """

    _error_code: str
    _field_name: str
    _message: str
    meta: ResponseErrorMeta | Unset = UNSET
    """ Additional string metadata about the field error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error_code(self) -> str:
        """Machine-readable code of the field error."""
        value = self._error_code
        if value is MISSING:
            raise_missing(self, "errorCode", "error_code")
        return value

    @error_code.setter
    def error_code(self, value: str) -> None:
        self._error_code = value

    @property
    def field_name(self) -> str:
        """The request field the error is about."""
        value = self._field_name
        if value is MISSING:
            raise_missing(self, "fieldName", "field_name")
        return value

    @field_name.setter
    def field_name(self, value: str) -> None:
        self._field_name = value

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

        if self._field_name is not MISSING:
            field_name = self._field_name
            field_dict["fieldName"] = field_name

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

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

        _raw_field_name = d.pop("fieldName", MISSING)
        try:
            field_name = _raw_field_name
            if not isinstance(field_name, str):
                raise TypeError("fieldName")
        except PARSE_ERRORS:
            field_name = MISSING
            if _raw_field_name is not MISSING:
                d["fieldName"] = _raw_field_name

        _raw_message = d.pop("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                d["message"] = _raw_message

        _raw_meta = d.pop("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: ResponseErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseErrorMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            d["meta"] = _raw_meta

        response_error = cls(
            error_code=error_code,
            field_name=field_name,
            message=message,
            meta=meta,
        )

        response_error.additional_properties = d
        return response_error

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


from ..models.response_error_meta import ResponseErrorMeta  # noqa: E402
