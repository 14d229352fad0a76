"""The recorder's tests (tests/recording: a folder named `record` would shadow scripts/spectools/record.py) run the
corpus checks, which import the generated SDKs from generated/clients/."""

from __future__ import annotations

from providers import use_generated_clients

use_generated_clients()
