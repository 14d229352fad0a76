"""The corpus tests import the generated SDK packages straight from generated/clients/."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()
