"""Small pieces the provider mocks share: timestamps as the providers write them, a route that matches
any id, strict integer parsing, and HTTP content negotiation."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starlette.routing import Route


def iso_utc(moment: datetime.datetime) -> str:
    """ISO 8601 in UTC with a `Z` and whole seconds, e.g. 2026-11-22T13:20:19Z."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class AnyIdRoute(Route):
    """A route whose `:path` parameter also matches line breaks (Starlette's `.*` does not), so an id with a
    control character gets the provider's own error answer instead of Starlette's plain-text 404."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.path_regex = re.compile(self.path_regex.pattern, re.DOTALL)


_ASCII_INTEGER = re.compile(r"(-?)0*([0-9]+)")


def parse_int(raw: str, *, minimum: int, maximum: int) -> int | None:
    """`raw` as an integer within [minimum, maximum], or None. Only ASCII digits with an optional `-`
    (`int()` also takes Unicode digits such as '١٢', and raises on more than 4300 digits); leading
    zeros are allowed, as Java's `Long.parseLong` allows them."""
    match = _ASCII_INTEGER.fullmatch(raw)
    if match is None:
        return None
    sign, digits = match.groups()
    if len(digits) > max(len(str(abs(minimum))), len(str(abs(maximum)))):
        return None
    value = -int(digits) if sign else int(digits)
    return value if minimum <= value <= maximum else None


@dataclass(frozen=True)
class MediaRange:
    """One item of an `Accept` header: the media range (lower-cased), its parameters other than `q`,
    and its quality."""

    media: str
    params: dict[str, str]
    quality: float

    def covers(self, media: str) -> int:
        """How specifically this range names `media`: 3 exactly, 2 by `type/*`, 1 by `*/*`, 0 not."""
        if self.media == media:
            return 3
        kind, _, _ = media.partition("/")
        if self.media == f"{kind}/*":
            return 2
        if self.media in ("*/*", "*"):
            return 1
        return 0


def media_type(value: str | None) -> str:
    """The bare media type of a `Content-Type` value, lower-cased (media types are case-insensitive)."""
    return (value or "").split(";")[0].strip().lower()


def parse_accept(header: str) -> list[MediaRange]:
    ranges: list[MediaRange] = []
    for item in header.split(","):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        quality = 1.0
        params: dict[str, str] = {}
        for param in parts[1:]:
            name, _, value = param.partition("=")
            name, value = name.strip().lower(), value.strip().strip('"')
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
                quality = min(max(quality, 0.0), 1.0) if quality == quality else 0.0  # NaN is not acceptable
            elif name:
                params[name] = value
        ranges.append(MediaRange(parts[0].lower(), params, quality))
    return ranges


def quality(ranges: list[MediaRange], media: str, *, wildcards: bool = True) -> float:
    """The quality the most specific matching range gives `media` (RFC 9110 section 12.5.1); 0 if none."""
    best, found = 0, 0.0
    for candidate in ranges:
        specificity = candidate.covers(media)
        counts = specificity == 3 or (wildcards and specificity > 0)
        if counts and specificity > best:
            best, found = specificity, candidate.quality
    return found


def negotiate(accept: str | None, offered: Sequence[str], *, wildcards: bool = True) -> str | None:
    """The offered media type the client prefers (the server's order breaks ties), or None when the
    `Accept` header makes none of them acceptable (`q=0` means "not acceptable"). No `Accept` accepts
    anything: the first offered type. With `wildcards=False` only an exact mention counts."""
    if accept is None or not accept.strip():
        return offered[0] if offered and wildcards else None
    ranges = parse_accept(accept)
    scored = [(quality(ranges, m.lower(), wildcards=wildcards), -i, m) for i, m in enumerate(offered)]
    top = max(scored, default=(0.0, 0, ""))
    return top[2] if top[0] > 0 else None
