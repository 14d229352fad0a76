"""A client library for accessing ActivePlatform Reseller API v3 - Async Tasks"""

from importlib.metadata import PackageNotFoundError, version

from .auth import DEFAULT_BASE_URL, create_client
from .client import AuthenticatedClient, Client

try:
    __version__ = version("activeplatform-async-task-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fcc7f8b6090>"

__all__ = (
    "DEFAULT_BASE_URL",
    "AuthenticatedClient",
    "Client",
    "__version__",
    "create_client",
)
