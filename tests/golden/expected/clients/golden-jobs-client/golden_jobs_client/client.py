"""The clients this package's operations take: asyncstatus-core's `Client` and `AuthenticatedClient`
(openapi-python-client's classes, with every request bounded, credentials kept at their origin, and the
transport built from the client's own TLS, proxy and limit arguments)."""

from asyncstatus_core.client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
