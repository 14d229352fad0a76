from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing

T = TypeVar("T", bound="JsonApiErrorDocument")


@_attrs_define
class JsonApiErrorDocument:
    """JSON:API error document (https://jsonapi.org/format/1.0/#error-objects). API v3 answers in
    `application/vnd.api+json`; the ActivePlatform reference shows no error body, so the members
    are those the JSON:API specification defines, all optional.

    """

    _errors: list[JsonApiError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def errors(self) -> list[JsonApiError]:
        """One or more problems that prevented the request from being served."""
        value = self._errors
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[JsonApiError]) -> None:
        self._errors = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._errors is not MISSING:
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_errors = d.pop("errors", MISSING)
        try:
            errors = []
            _errors = _raw_errors
            for errors_item_data in _errors:
                errors_item = JsonApiError.from_dict(errors_item_data)

                errors.append(errors_item)

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                d["errors"] = _raw_errors

        json_api_error_document = cls(
            errors=errors,
        )

        json_api_error_document.additional_properties = d
        return json_api_error_document

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


from ..models.json_api_error import JsonApiError  # noqa: E402
