from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A hypermedia link from a process status. Every recorded answer has `rel`, `href` and
    `method` (bol's v10 demo: `{"rel": "self", "href": "http://api.bol.com/shared-demo/process-status/1",
    "method": "GET"}`). bol's current description (picqer `src/OpenApi/shared.json`, unchanged
    from 3ad74cd, October 2023, to 279a71e, April 2026) instead gives the members of a Spring
    HATEOAS link (`rel`, `href`, `hreflang`, `media`, `title`, `type`, `deprecation`,
    `profile`, `name`), all plain strings, none required and no `method`; so no member is
    required here and `method` is kept as the one the answers show. The v9 copy (August 2023)
    required `rel`, `href` and `method`.

    """

    rel: str | Unset = UNSET
    """ The link relation, e.g. `self`. """
    href: str | Unset = UNSET
    """ The URL the link points to; absolute in every recorded answer (the demo uses
    `http://`). bol's description gives no format, so none is imposed.
     """
    method: str | Unset = UNSET
    """ The HTTP method to use on `href`, e.g. `GET`. In every recorded answer, but not in
    bol's current description.
     """
    hreflang: str | Unset = UNSET
    """ Language of the linked resource (bol's current description). """
    media: str | Unset = UNSET
    """ Media query of the link (bol's current description). """
    title: str | Unset = UNSET
    """ Human-readable title of the link (bol's current description). """
    type_: str | Unset = UNSET
    """ Media type of the linked resource (bol's current description). """
    deprecation: str | Unset = UNSET
    """ URL describing a deprecation of the link (bol's current description). """
    profile: str | Unset = UNSET
    """ Profile of the linked resource (bol's current description). """
    name: str | Unset = UNSET
    """ Secondary key of the link (bol's current description). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        rel = self.rel
        if rel is not UNSET:
            field_dict["rel"] = rel

        href = self.href
        if href is not UNSET:
            field_dict["href"] = href

        method = self.method
        if method is not UNSET:
            field_dict["method"] = method

        hreflang = self.hreflang
        if hreflang is not UNSET:
            field_dict["hreflang"] = hreflang

        media = self.media
        if media is not UNSET:
            field_dict["media"] = media

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        deprecation = self.deprecation
        if deprecation is not UNSET:
            field_dict["deprecation"] = deprecation

        profile = self.profile
        if profile is not UNSET:
            field_dict["profile"] = profile

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_rel = d.pop("rel", UNSET)
        try:
            rel = _raw_rel
            if not isinstance(rel, (str, Unset)):
                raise TypeError("rel")
        except PARSE_ERRORS:
            rel = UNSET
            d["rel"] = _raw_rel

        _raw_href = d.pop("href", UNSET)
        try:
            href = _raw_href
            if not isinstance(href, (str, Unset)):
                raise TypeError("href")
        except PARSE_ERRORS:
            href = UNSET
            d["href"] = _raw_href

        _raw_method = d.pop("method", UNSET)
        try:
            method = _raw_method
            if not isinstance(method, (str, Unset)):
                raise TypeError("method")
        except PARSE_ERRORS:
            method = UNSET
            d["method"] = _raw_method

        _raw_hreflang = d.pop("hreflang", UNSET)
        try:
            hreflang = _raw_hreflang
            if not isinstance(hreflang, (str, Unset)):
                raise TypeError("hreflang")
        except PARSE_ERRORS:
            hreflang = UNSET
            d["hreflang"] = _raw_hreflang

        _raw_media = d.pop("media", UNSET)
        try:
            media = _raw_media
            if not isinstance(media, (str, Unset)):
                raise TypeError("media")
        except PARSE_ERRORS:
            media = UNSET
            d["media"] = _raw_media

        _raw_title = d.pop("title", UNSET)
        try:
            title = _raw_title
            if not isinstance(title, (str, Unset)):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = UNSET
            d["title"] = _raw_title

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            d["type"] = _raw_type_

        _raw_deprecation = d.pop("deprecation", UNSET)
        try:
            deprecation = _raw_deprecation
            if not isinstance(deprecation, (str, Unset)):
                raise TypeError("deprecation")
        except PARSE_ERRORS:
            deprecation = UNSET
            d["deprecation"] = _raw_deprecation

        _raw_profile = d.pop("profile", UNSET)
        try:
            profile = _raw_profile
            if not isinstance(profile, (str, Unset)):
                raise TypeError("profile")
        except PARSE_ERRORS:
            profile = UNSET
            d["profile"] = _raw_profile

        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        link = cls(
            rel=rel,
            href=href,
            method=method,
            hreflang=hreflang,
            media=media,
            title=title,
            type_=type_,
            deprecation=deprecation,
            profile=profile,
            name=name,
        )

        link.additional_properties = d
        return link

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
