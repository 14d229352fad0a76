from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


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

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "rel": "rel",
        "href": "href",
        "method": "method",
        "hreflang": "hreflang",
        "media": "media",
        "title": "title",
        "type_": "type",
        "deprecation": "deprecation",
        "profile": "profile",
        "name": "name",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _rel: str | Unset = PENDING
    _href: str | Unset = PENDING
    _method: str | Unset = PENDING
    _hreflang: str | Unset = PENDING
    _media: str | Unset = PENDING
    _title: str | Unset = PENDING
    _type_: str | Unset = PENDING
    _deprecation: str | Unset = PENDING
    _profile: str | Unset = PENDING
    _name: str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        rel: str | Unset = UNSET,
        href: str | Unset = UNSET,
        method: str | Unset = UNSET,
        hreflang: str | Unset = UNSET,
        media: str | Unset = UNSET,
        title: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        deprecation: str | Unset = UNSET,
        profile: str | Unset = UNSET,
        name: str | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._rel = rel
        self._href = href
        self._method = method
        self._hreflang = hreflang
        self._media = media
        self._title = title
        self._type_ = type_
        self._deprecation = deprecation
        self._profile = profile
        self._name = name
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def rel(self) -> str | Unset:
        """The link relation, e.g. `self`."""
        value = self._rel
        if value is PENDING:
            value = self._load_rel()
        return value

    @rel.setter
    def rel(self, value: str | Unset) -> None:
        self._rel = value

    def _load_rel(self) -> str | Unset:
        _raw_rel = self._object_.get("rel", UNSET)
        try:
            rel = _raw_rel
            if not isinstance(rel, (str, Unset)):
                raise TypeError("rel")
        except PARSE_ERRORS:
            rel = UNSET
            if _raw_rel is not UNSET:
                self._keep_unusable_("rel", _raw_rel)
        self._rel = rel
        return self._rel

    @property
    def href(self) -> str | Unset:
        """The URL the link points to; absolute in every recorded answer (the demo uses
        `http://`). bol's description gives no format, so none is imposed.
        """
        value = self._href
        if value is PENDING:
            value = self._load_href()
        return value

    @href.setter
    def href(self, value: str | Unset) -> None:
        self._href = value

    def _load_href(self) -> str | Unset:
        _raw_href = self._object_.get("href", UNSET)
        try:
            href = _raw_href
            if not isinstance(href, (str, Unset)):
                raise TypeError("href")
        except PARSE_ERRORS:
            href = UNSET
            if _raw_href is not UNSET:
                self._keep_unusable_("href", _raw_href)
        self._href = href
        return self._href

    @property
    def method(self) -> str | Unset:
        """The HTTP method to use on `href`, e.g. `GET`. In every recorded answer, but not in
        bol's current description.
        """
        value = self._method
        if value is PENDING:
            value = self._load_method()
        return value

    @method.setter
    def method(self, value: str | Unset) -> None:
        self._method = value

    def _load_method(self) -> str | Unset:
        _raw_method = self._object_.get("method", UNSET)
        try:
            method = _raw_method
            if not isinstance(method, (str, Unset)):
                raise TypeError("method")
        except PARSE_ERRORS:
            method = UNSET
            if _raw_method is not UNSET:
                self._keep_unusable_("method", _raw_method)
        self._method = method
        return self._method

    @property
    def hreflang(self) -> str | Unset:
        """Language of the linked resource (bol's current description)."""
        value = self._hreflang
        if value is PENDING:
            value = self._load_hreflang()
        return value

    @hreflang.setter
    def hreflang(self, value: str | Unset) -> None:
        self._hreflang = value

    def _load_hreflang(self) -> str | Unset:
        _raw_hreflang = self._object_.get("hreflang", UNSET)
        try:
            hreflang = _raw_hreflang
            if not isinstance(hreflang, (str, Unset)):
                raise TypeError("hreflang")
        except PARSE_ERRORS:
            hreflang = UNSET
            if _raw_hreflang is not UNSET:
                self._keep_unusable_("hreflang", _raw_hreflang)
        self._hreflang = hreflang
        return self._hreflang

    @property
    def media(self) -> str | Unset:
        """Media query of the link (bol's current description)."""
        value = self._media
        if value is PENDING:
            value = self._load_media()
        return value

    @media.setter
    def media(self, value: str | Unset) -> None:
        self._media = value

    def _load_media(self) -> str | Unset:
        _raw_media = self._object_.get("media", UNSET)
        try:
            media = _raw_media
            if not isinstance(media, (str, Unset)):
                raise TypeError("media")
        except PARSE_ERRORS:
            media = UNSET
            if _raw_media is not UNSET:
                self._keep_unusable_("media", _raw_media)
        self._media = media
        return self._media

    @property
    def title(self) -> str | Unset:
        """Human-readable title of the link (bol's current description)."""
        value = self._title
        if value is PENDING:
            value = self._load_title()
        return value

    @title.setter
    def title(self, value: str | Unset) -> None:
        self._title = value

    def _load_title(self) -> str | Unset:
        _raw_title = self._object_.get("title", UNSET)
        try:
            title = _raw_title
            if not isinstance(title, (str, Unset)):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = UNSET
            if _raw_title is not UNSET:
                self._keep_unusable_("title", _raw_title)
        self._title = title
        return self._title

    @property
    def type_(self) -> str | Unset:
        """Media type of the linked resource (bol's current description)."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        return value

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        self._type_ = value

    def _load_type_(self) -> str | Unset:
        _raw_type_ = self._object_.get("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            if _raw_type_ is not UNSET:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def deprecation(self) -> str | Unset:
        """URL describing a deprecation of the link (bol's current description)."""
        value = self._deprecation
        if value is PENDING:
            value = self._load_deprecation()
        return value

    @deprecation.setter
    def deprecation(self, value: str | Unset) -> None:
        self._deprecation = value

    def _load_deprecation(self) -> str | Unset:
        _raw_deprecation = self._object_.get("deprecation", UNSET)
        try:
            deprecation = _raw_deprecation
            if not isinstance(deprecation, (str, Unset)):
                raise TypeError("deprecation")
        except PARSE_ERRORS:
            deprecation = UNSET
            if _raw_deprecation is not UNSET:
                self._keep_unusable_("deprecation", _raw_deprecation)
        self._deprecation = deprecation
        return self._deprecation

    @property
    def profile(self) -> str | Unset:
        """Profile of the linked resource (bol's current description)."""
        value = self._profile
        if value is PENDING:
            value = self._load_profile()
        return value

    @profile.setter
    def profile(self, value: str | Unset) -> None:
        self._profile = value

    def _load_profile(self) -> str | Unset:
        _raw_profile = self._object_.get("profile", UNSET)
        try:
            profile = _raw_profile
            if not isinstance(profile, (str, Unset)):
                raise TypeError("profile")
        except PARSE_ERRORS:
            profile = UNSET
            if _raw_profile is not UNSET:
                self._keep_unusable_("profile", _raw_profile)
        self._profile = profile
        return self._profile

    @property
    def name(self) -> str | Unset:
        """Secondary key of the link (bol's current description)."""
        value = self._name
        if value is PENDING:
            value = self._load_name()
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._name = value

    def _load_name(self) -> str | Unset:
        _raw_name = self._object_.get("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            if _raw_name is not UNSET:
                self._keep_unusable_("name", _raw_name)
        self._name = name
        return self._name

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._rel is PENDING:
            self._load_rel()
        if self._href is PENDING:
            self._load_href()
        if self._method is PENDING:
            self._load_method()
        if self._hreflang is PENDING:
            self._load_hreflang()
        if self._media is PENDING:
            self._load_media()
        if self._title is PENDING:
            self._load_title()
        if self._type_ is PENDING:
            self._load_type_()
        if self._deprecation is PENDING:
            self._load_deprecation()
        if self._profile is PENDING:
            self._load_profile()
        if self._name is PENDING:
            self._load_name()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, Any]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Link) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._rel,
            self._href,
            self._method,
            self._hreflang,
            self._media,
            self._title,
            self._type_,
            self._deprecation,
            self._profile,
            self._name,
            self.additional_properties,
        ) == (
            other._rel,
            other._href,
            other._method,
            other._hreflang,
            other._media,
            other._title,
            other._type_,
            other._deprecation,
            other._profile,
            other._name,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._rel is not UNSET:
            fields.append(f"rel={self._rel!r}")
        if self._href is not UNSET:
            fields.append(f"href={self._href!r}")
        if self._method is not UNSET:
            fields.append(f"method={self._method!r}")
        if self._hreflang is not UNSET:
            fields.append(f"hreflang={self._hreflang!r}")
        if self._media is not UNSET:
            fields.append(f"media={self._media!r}")
        if self._title is not UNSET:
            fields.append(f"title={self._title!r}")
        if self._type_ is not UNSET:
            fields.append(f"type_={self._type_!r}")
        if self._deprecation is not UNSET:
            fields.append(f"deprecation={self._deprecation!r}")
        if self._profile is not UNSET:
            fields.append(f"profile={self._profile!r}")
        if self._name is not UNSET:
            fields.append(f"name={self._name!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        rel = self._rel
        if rel is not UNSET:
            field_dict["rel"] = rel

        href = self._href
        if href is not UNSET:
            field_dict["href"] = href

        method = self._method
        if method is not UNSET:
            field_dict["method"] = method

        hreflang = self._hreflang
        if hreflang is not UNSET:
            field_dict["hreflang"] = hreflang

        media = self._media
        if media is not UNSET:
            field_dict["media"] = media

        title = self._title
        if title is not UNSET:
            field_dict["title"] = title

        type_ = self._type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        deprecation = self._deprecation
        if deprecation is not UNSET:
            field_dict["deprecation"] = deprecation

        profile = self._profile
        if profile is not UNSET:
            field_dict["profile"] = profile

        name = self._name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self

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
