"""Run a provider mock on 127.0.0.1 in a background thread (uvicorn), for tests that talk to it over
real sockets: the schemathesis CLI and the SDKs."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import uvicorn

from .base import ProviderMock
from .registry import create_app


@dataclass
class RunningMock:
    mock: ProviderMock
    origin: str  # http://127.0.0.1:<port>

    @property
    def base_url(self) -> str:
        """Where the spec's paths start (origin + the spec server's base path)."""
        return self.origin + self.mock.base_path

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.origin + "/_mock", timeout=10)


@contextmanager
def serve(key: str, **options: object) -> Iterator[RunningMock]:
    mock, app = create_app(key, **options)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"mock-{key}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the {key} mock did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield RunningMock(mock, f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        mock.close()
