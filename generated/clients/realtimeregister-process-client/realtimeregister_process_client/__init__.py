"""A client library for accessing Realtime Register REST API v2 - Processes"""

from importlib.metadata import PackageNotFoundError, version

from ._auth import AuthenticationError
from ._retry import RetryPolicy
from .auth import DEFAULT_BASE_URL, create_client, create_client_from_env
from .client import AuthenticatedClient, Client

try:
    __version__ = version("realtimeregister-process-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "2.2.0"

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
