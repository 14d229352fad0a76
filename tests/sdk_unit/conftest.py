"""Make the generated SDK packages importable by name (`import bol_process_status_client`) straight
from generated/clients/<dist>/, without installing them."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()
