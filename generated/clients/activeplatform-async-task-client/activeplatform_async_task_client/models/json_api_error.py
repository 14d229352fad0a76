from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiError")


@_attrs_define
class JsonApiError:
    """One JSON:API error object."""

    id: str | Unset = UNSET
    """ Identifier of this occurrence of the problem. """
    links: JsonApiErrorLinks | Unset = UNSET
    """ Links of a JSON:API error object. """
    status: str | Unset = UNSET
    """ HTTP status code of the problem, as a string (e.g. `"404"`). """
    code: str | Unset = UNSET
    """ Application-specific error code. """
    title: str | Unset = UNSET
    """ Short, human-readable summary of the kind of problem. """
    detail: str | Unset = UNSET
    """ Human-readable explanation of this occurrence of the problem. """
    source: JsonApiErrorSource | Unset = UNSET
    """ What in the request caused the error. """
    meta: JsonApiErrorMeta | Unset = UNSET
    """ Non-standard meta-information about the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()
        if links is not UNSET:
            field_dict["links"] = links

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        code = self.code
        if code is not UNSET:
            field_dict["code"] = code

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        detail = self.detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()
        if source is not UNSET:
            field_dict["source"] = source

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        try:
            id = _raw_id
            if not isinstance(id, (str, Unset)):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = UNSET
            d["id"] = _raw_id

        _raw_links = d.pop("links", UNSET)
        try:
            _links = _raw_links
            links: JsonApiErrorLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JsonApiErrorLinks.from_dict(_links)

        except PARSE_ERRORS:
            links = UNSET
            d["links"] = _raw_links

        _raw_status = d.pop("status", UNSET)
        try:
            status = _raw_status
            if not isinstance(status, (str, Unset)):
                raise TypeError("status")
        except PARSE_ERRORS:
            status = UNSET
            d["status"] = _raw_status

        _raw_code = d.pop("code", UNSET)
        try:
            code = _raw_code
            if not isinstance(code, (str, Unset)):
                raise TypeError("code")
        except PARSE_ERRORS:
            code = UNSET
            d["code"] = _raw_code

        _raw_title = d.pop("title", UNSET)
        try:
            title = _raw_title
            if not isinstance(title, (str, Unset)):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = UNSET
            d["title"] = _raw_title

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _raw_detail
            if not isinstance(detail, (str, Unset)):
                raise TypeError("detail")
        except PARSE_ERRORS:
            detail = UNSET
            d["detail"] = _raw_detail

        _raw_source = d.pop("source", UNSET)
        try:
            _source = _raw_source
            source: JsonApiErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = JsonApiErrorSource.from_dict(_source)

        except PARSE_ERRORS:
            source = UNSET
            d["source"] = _raw_source

        _raw_meta = d.pop("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: JsonApiErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JsonApiErrorMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            d["meta"] = _raw_meta

        json_api_error = cls(
            id=id,
            links=links,
            status=status,
            code=code,
            title=title,
            detail=detail,
            source=source,
            meta=meta,
        )

        json_api_error.additional_properties = d
        return json_api_error

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


from ..models.json_api_error_links import JsonApiErrorLinks  # noqa: E402
from ..models.json_api_error_meta import JsonApiErrorMeta  # noqa: E402
from ..models.json_api_error_source import JsonApiErrorSource  # noqa: E402
