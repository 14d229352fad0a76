"""No secret leaves its origin: credential headers are dropped from any request to another origin.

Part of asyncstatus-core, the runtime every generated package depends on; the generated `Client` installs these as httpx
request hooks. httpx strips only `Authorization` when it follows a redirect to another origin, but these
APIs also send `X-Api-Token` (ActivePlatform), and a user may add any header. A request hook sees every
request httpx sends, redirects included, after the auth flow has set its header; one whose origin is
neither the base URL's nor the token URL's loses every header that looks like a credential
(`_redact.is_secret_header`: Authorization, Cookie, *token*, *key*, *secret*, *password*, *session*).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

import httpx

from .redact import is_secret_header, redact_url

__all__ = ["CredentialGuard"]

log = logging.getLogger("asyncstatus_core")


def origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    parsed = httpx.URL(url)
    port = parsed.port or {"https": 443, "http": 80}.get(parsed.scheme)
    return parsed.scheme, parsed.host, port


class CredentialGuard:
    """The request hooks (sync and async) that keep credentials at their own origins."""

    def __init__(self, urls: Iterable[str]) -> None:
        self.origins = frozenset(origin(url) for url in urls if url)

    def strip(self, request: httpx.Request) -> None:
        if origin(request.url) in self.origins:
            return
        dropped = [name for name in request.headers if is_secret_header(name)]
        for name in dropped:
            del request.headers[name]
        if dropped:
            log.info("dropped %s on a request to another origin: %s", ", ".join(dropped), redact_url(str(request.url)))

    async def async_strip(self, request: httpx.Request) -> None:
        self.strip(request)

    def hooks(self, given: dict[str, list[Callable[..., Any]]] | None) -> dict[str, list[Callable[..., Any]]]:
        given = given or {}
        return {**given, "request": [self.strip, *given.get("request", [])]}

    def async_hooks(
        self, given: dict[str, list[Callable[..., Coroutine[Any, Any, Any]]]] | None
    ) -> dict[str, list[Callable[..., Coroutine[Any, Any, Any]]]]:
        given = given or {}
        return {**given, "request": [self.async_strip, *given.get("request", [])]}
