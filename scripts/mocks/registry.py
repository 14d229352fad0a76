"""The provider mocks by key: a provider's quirk module (scripts/mocks/providers/<key>.py) where its real
server does more than its spec says, else the mock built from its spec alone (spec_mock.py)."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from providers import PROVIDERS
from starlette.types import ASGIApp

from .base import ProviderMock

MOCKS: dict[str, type[ProviderMock]] = {}


def register(cls: type[ProviderMock]) -> type[ProviderMock]:
    MOCKS[cls.key] = cls
    return cls


def mock_class(key: str) -> type[ProviderMock]:
    """The mock of a registered provider: its quirk module's class, else the one built from its spec. Only
    that provider's module is imported (a quirk module may load generated models the others do not need)."""
    from .spec_mock import spec_mock

    if key not in PROVIDERS:
        raise KeyError(f"no provider {key!r}; known: {', '.join(sorted(PROVIDERS))}")
    if key not in MOCKS:
        module = f"{__package__}.providers.{key}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)  # registers its class
        MOCKS.setdefault(key, spec_mock(key))
    return MOCKS[key]


def create_app(key: str, **options: Any) -> tuple[ProviderMock, ASGIApp]:
    mock = mock_class(key)(**options)
    return mock, mock.app()
