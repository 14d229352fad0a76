"""The `packaging` marker: tests that build wheels and install them into a fresh venv (need PyPI)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: builds the core and SDK wheels and installs them in a fresh venv")
