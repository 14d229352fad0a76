"""A client library for accessing Realtime Register REST API v2 - Processes"""

from importlib.metadata import PackageNotFoundError, version

from asyncstatus_core.retry import RetryPolicy

from . import errors
from .auth import DEFAULT_BASE_URL, create_client, create_client_from_env
from .client import AuthenticatedClient, Client
from .errors import AuthenticationError, SDKError

# What the SDK logs (polls, retries, throttling, token renewals; never a secret) goes to asyncstatus-core's
# logger, silent until the application configures logging: `logging.getLogger("asyncstatus_core")`.

try:
    __version__ = version("realtimeregister-process-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "2.4.0.1.0"

__all__ = (
    "DEFAULT_BASE_URL",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "RetryPolicy",
    "SDKError",
    "__version__",
    "create_client",
    "create_client_from_env",
    "errors",
)
