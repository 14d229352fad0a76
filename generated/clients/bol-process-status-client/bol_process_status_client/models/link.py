from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field

from ..types import UNSET, Unset


class Link(OpenModel[Any]):
    """A hypermedia link from a process status. Every recorded answer has `rel`, `href` and
    `method` (bol's v10 demo: `{"rel": "self", "href": "http://api.bol.com/shared-demo/process-status/1",
    "method": "GET"}`). bol's current description (picqer `src/OpenApi/shared.json`, unchanged
    from 3ad74cd, October 2023, to 279a71e, April 2026) instead gives the members of a Spring
    HATEOAS link (`rel`, `href`, `hreflang`, `media`, `title`, `type`, `deprecation`,
    `profile`, `name`), all plain strings, none required and no `method`; so no member is
    required here and `method` is kept as the one the answers show. The v9 copy (August 2023)
    required `rel`, `href` and `method`.

    """

    rel: str | Unset = _field("rel", STR, default=UNSET)
    """The link relation, e.g. `self`."""
    href: str | Unset = _field("href", STR, default=UNSET)
    """The URL the link points to; absolute in every recorded answer (the demo uses
    `http://`). bol's description gives no format, so none is imposed.
    """
    method: str | Unset = _field("method", STR, default=UNSET)
    """The HTTP method to use on `href`, e.g. `GET`. In every recorded answer, but not in
    bol's current description.
    """
    hreflang: str | Unset = _field("hreflang", STR, default=UNSET)
    """Language of the linked resource (bol's current description)."""
    media: str | Unset = _field("media", STR, default=UNSET)
    """Media query of the link (bol's current description)."""
    title: str | Unset = _field("title", STR, default=UNSET)
    """Human-readable title of the link (bol's current description)."""
    type_: str | Unset = _field("type", STR, default=UNSET)
    """Media type of the linked resource (bol's current description)."""
    deprecation: str | Unset = _field("deprecation", STR, default=UNSET)
    """URL describing a deprecation of the link (bol's current description)."""
    profile: str | Unset = _field("profile", STR, default=UNSET)
    """Profile of the linked resource (bol's current description)."""
    name: str | Unset = _field("name", STR, default=UNSET)
    """Secondary key of the link (bol's current description)."""
