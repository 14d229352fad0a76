"""A client library for accessing ActivePlatform Reseller API v3 - Async Tasks"""

from importlib.metadata import PackageNotFoundError, version

from ._auth import AuthenticationError
from ._retry import RetryPolicy
from .auth import DEFAULT_BASE_URL, create_client, create_client_from_env
from .client import AuthenticatedClient, Client

try:
    __version__ = version("activeplatform-async-task-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "3.3.0"

__all__ = (
    "DEFAULT_BASE_URL",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "RetryPolicy",
    "__version__",
    "create_client",
    "create_client_from_env",
)
