"""The provider mocks by key."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp

from .base import ProviderMock

MOCKS: dict[str, type[ProviderMock]] = {}


def register(cls: type[ProviderMock]) -> type[ProviderMock]:
    MOCKS[cls.key] = cls
    return cls


def create_app(key: str, **options: Any) -> tuple[ProviderMock, ASGIApp]:
    from . import providers  # noqa: F401  (registers the provider mocks)

    if key not in MOCKS:
        raise KeyError(f"no mock for {key!r}; known: {', '.join(sorted(MOCKS))}")
    mock = MOCKS[key](**options)
    return mock, mock.app()
