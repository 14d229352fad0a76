"""The generated packages' receivers: imported from generated/clients/ like the other SDK unit tests."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()

# The tracker tests' stores (a SQLite file, a real PostgreSQL): the pushed status is recorded the same way on both.
from tracking.conftest import postgres_server, postgres_url, store_url  # noqa: E402, F401
