"""A client library for accessing bol.com Retailer API v10 - shared process status"""

from importlib.metadata import PackageNotFoundError, version

from asyncstatus_core.retry import RetryPolicy

from . import errors
from .auth import DEFAULT_BASE_URL, create_client, create_client_from_env
from .client import AuthenticatedClient, Client
from .errors import AuthenticationError, SDKError

# What the SDK logs (polls, retries, throttling, token renewals; never a secret) goes to asyncstatus-core's
# logger, silent until the application configures logging: `logging.getLogger("asyncstatus_core")`.

try:
    __version__ = version("bol-process-status-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "10.3.0.1.0"

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
