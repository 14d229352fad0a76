"""asyncstatus-core: the runtime every generated asyncstatus SDK depends on.

A generated package (`bol_process_status_client`, ...) holds only what its spec says: models, operations,
and the provider's facts (lifecycle table, bulk operation, auth scheme, environment variables). Everything
else is here, written and tested once: one error family, so one `except` serves every provider:

    import asyncstatus_core
    try:
        ...  # a call, a wait or a tracker run of any generated SDK
    except asyncstatus_core.SDKError as error:
        ...

Modules: `errors` (the family), `client` (`Client`, `AuthenticatedClient`), `limits` (deadlines, body size,
transports), `answers` (the answer rule), `auth`, `origins`, `redact`, `retry`, `budget` (the rate budget),
`polling` (waiters), `schedule` (when to read next, learned from history), `tracker`, `track_store`,
`track_budget` (durable tracking), `pages`, `csv_rows`, `cli*` (the command-line framework), `types`.
"""

import logging

from .errors import SDKError, StoreError, WaitError, WaitTimeout

# Silent until the application configures logging: `logging.getLogger("asyncstatus_core").setLevel(logging.DEBUG)`.
logging.getLogger(__name__).addHandler(logging.NullHandler())

# The core's semantic version, the one place it is written (pyproject.toml reads it; CHANGELOG.md says what
# changed). Generated SDKs depend on ">=MAJOR.MINOR,<MAJOR+1" of the version they were generated against.
__version__ = "1.1.0"

__all__ = ["SDKError", "StoreError", "WaitError", "WaitTimeout", "__version__"]
