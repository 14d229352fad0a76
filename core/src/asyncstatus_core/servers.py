"""Operations served under another base URL than the rest of their spec (OpenAPI path-level `servers`).

bol's subscription operations belong to its Retailer API (`https://api.bol.com/retailer`), while the
process-status operations, and so the client's base URL, sit under `https://api.bol.com/shared`. The spec
says so with path-level `servers` listed in the same order as the top-level ones; openapi-python-client
ignores `servers` at every level, so the generated endpoint asks `route` for the URL: when the client's
base URL is one of the spec's servers, the operation's server at the same position replaces it; any
other base URL (a mock, a proxy, a test server) serves every path at its own root, as the mocks do.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["route"]


def route(client: object, path: str, servers: Mapping[str, str] | None) -> str:
    """The URL to request for `path`: absolute under the operation's own server, or `path` unchanged."""
    if not servers:
        return path
    base = str(getattr(client, "_base_url", "")).rstrip("/")
    own = servers.get(base)
    return own.rstrip("/") + path if own else path
