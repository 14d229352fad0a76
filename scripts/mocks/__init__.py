"""Mock servers for the five providers: ASGI apps (Starlette) that behave like the live APIs,
strict where the providers are strict, with a small admin API under /_mock. Hand-written because no
mock generator (Prism, schemathesis' own) reproduces providers' auth, error shapes, paging and stateful
lifecycles; the answers are still built as the generated pydantic models, so a mock cannot drift from
its spec without the generator noticing."""

from __future__ import annotations

from .registry import MOCKS, create_app

__all__ = ["MOCKS", "create_app"]
