"""The generated packages' receivers: imported from generated/clients/ like the other SDK unit tests."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()
