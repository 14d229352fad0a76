from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseError")


@_attrs_define
class ResponseError:
    """ServiceStack `ResponseError`, an error about one named field."""

    error_code: str
    """ Machine-readable code of the field error. """
    field_name: str
    """ The request field the error is about. """
    message: str
    """ Human-readable message. """
    meta: ResponseErrorMeta | Unset = UNSET
    """ Additional string metadata about the field error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        field_name = self.field_name

        message = self.message

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "fieldName": field_name,
                "message": message,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode")

        field_name = d.pop("fieldName")

        message = d.pop("message")

        _meta = d.pop("meta", UNSET)
        meta: ResponseErrorMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ResponseErrorMeta.from_dict(_meta)

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
