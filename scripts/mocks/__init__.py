"""Mock servers for the providers: ASGI apps (Starlette) that behave like the live APIs, strict where the
providers are strict, with a small admin API under /_mock. Every provider's mock is built from its spec
(spec_mock.py: operations, security scheme, the `x-async-status` lifecycle, examples, documented errors), so a
new provider needs no code; a quirk module in providers/ adds what its real server does beyond the spec. Our
own rather than a mock generator's (Prism, schemathesis') because those reproduce neither the stateful
lifecycles nor the admin API (faults, rate limits); the quirk modules build their answers as the generated
pydantic models, so a mock cannot drift from its spec without the generator noticing."""

from __future__ import annotations

from .registry import MOCKS, create_app

__all__ = ["MOCKS", "create_app"]
