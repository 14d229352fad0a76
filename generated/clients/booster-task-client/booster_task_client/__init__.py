"""A client library for accessing Richemont Booster2 Public API (tasks)"""

import logging
from importlib.metadata import PackageNotFoundError, version

from . import errors
from ._retry import RetryPolicy
from .auth import DEFAULT_BASE_URL, create_client, create_client_from_env
from .client import AuthenticatedClient, Client
from .errors import AuthenticationError, SDKError

# The package's logger (polls, retries, throttling, token renewals; never a secret) is silent until the
# application configures logging: `logging.getLogger("booster_task_client").setLevel(logging.DEBUG)`.
logging.getLogger(__name__).addHandler(logging.NullHandler())

try:
    __version__ = version("booster-task-client")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "2.2.0"

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
