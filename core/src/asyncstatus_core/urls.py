"""URLs: the ones the SDK can speak at all, and whether a 404 came from the spec's route or from a path the
server does not route.

Part of asyncstatus-core, the runtime every generated package depends on. `create_client` checks its base and
token URLs here (InvalidURL at once, not at the first call); the package's `waiters` module holds a `Route`
(the spec's server paths and the members of the provider's own 404 body), so that a base URL that lacks the
spec's path (`http://127.0.0.1:8080` for bol's `/shared`) reads as "no such route", not as "no such process".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import InvalidURL
from .redact import redact_url

__all__ = ["Route", "base_url_of", "check_url", "url_problem"]


def base_url_of(client: object) -> str:
    """The base URL a generated `Client` sends to ("" for another object, or none)."""
    return str(getattr(client, "_base_url", "") or "")


def url_problem(text: str) -> str | None:
    """Why the SDK can never send to `text` (not http/https, no host), or None if it can."""
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as error:
        return f"{redact_url(text)!r} is not a URL ({error})"
    if parts.scheme not in ("http", "https"):
        return f"{redact_url(text)!r} is not an http:// or https:// URL"
    if not host:
        return f"{redact_url(text)!r} has no host"
    return None


def check_url(text: str, *, which: str = "API", keyword: str = "base_url") -> str:
    """`text` unchanged, or InvalidURL saying why (`which`: "API" or "token", `keyword`: the argument's name)."""
    problem = url_problem(text) if isinstance(text, str) else f"{type(text).__name__} is not a URL"
    if problem is not None:
        raise InvalidURL(f"{keyword}: {problem}; e.g. https://host/path", url=str(text), which=which)
    return text


def _path_pattern(template: str) -> re.Pattern[str]:
    """A server URL's path (server variables as `{name}`) as a pattern that a base URL's path must match."""
    parts = re.split(r"(\{[^}]*\})", template.rstrip("/"))
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def _server_path(url: str) -> str:
    """The path of a spec server URL, variables kept (`https://{host}/api` -> `/api`)."""
    rest = url.split("://", 1)[-1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else ""


@dataclass(frozen=True)
class Route:
    """Where the spec serves its operations, and what the provider's own 404 says.

    `servers` are the spec's server URLs (variables as `{name}`); `members` are the top-level members every
    body of the provider's own 404 answer holds (its schema's `required`; empty when it requires none), or
    None when the spec documents no 404 body (its "no such process" comes under another status)."""

    servers: tuple[str, ...]
    members: tuple[str, ...] | None = None

    def spec_paths(self) -> list[str]:
        return list(dict.fromkeys(_server_path(s).rstrip("/") for s in self.servers))

    def path_matches(self, base_url: str) -> bool:
        """Whether `base_url`'s path is one of the spec's server paths (True when the spec names no server)."""
        if not self.servers or not base_url:
            return True
        try:
            path = urlsplit(base_url).path.rstrip("/")
        except ValueError:
            return True
        return any(_path_pattern(p).fullmatch(path) for p in self.spec_paths())

    def own_answer(self, content: bytes) -> bool:
        """Whether a 404 body is the provider's own not-found answer (a JSON object with its members)."""
        if self.members is None:
            return False
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            return False
        return isinstance(body, dict) and all(member in body for member in self.members)

    def miss(self, content: bytes, base_url: str) -> str | None:
        """Why a 404 means "the server has no such route" rather than "no such process", or None. A base
        URL without the spec's path decides it; else a body that is not the provider's own 404 does (an empty
        body is given the benefit of the doubt: some providers send 404s without one)."""
        if not self.path_matches(base_url):
            try:
                given = urlsplit(base_url).path.rstrip("/") or "/"
            except ValueError:
                given = "?"
            spec = " or ".join(p or "/" for p in self.spec_paths())
            return (
                f"the server has no such route: is the base URL's path right? the spec's is {spec}, "
                f"the base URL's is {given} ({redact_url(base_url)})"
            )
        if not content.strip() or self.own_answer(content):
            return None
        return (
            "the server has no such route (its 404 is not the provider's not-found answer): is the base URL right? "
            f"({redact_url(base_url)})"
        )
