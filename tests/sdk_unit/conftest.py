"""Make the generated SDK packages importable by name (`import bol_process_status_client`) straight
from generated/clients/<dist>/, without installing them; with ASYNCSTATUS_USE_INSTALLED=1
(`make test-pythons`) the installed wheels are tested instead, and the run stops if they are not there."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()
