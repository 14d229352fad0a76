from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _links = d.pop("links", UNSET)
        links: JsonApiErrorLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = JsonApiErrorLinks.from_dict(_links)

        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        _source = d.pop("source", UNSET)
        source: JsonApiErrorSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JsonApiErrorSource.from_dict(_source)

        _meta = d.pop("meta", UNSET)
        meta: JsonApiErrorMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = JsonApiErrorMeta.from_dict(_meta)

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
