"""The admin API (`/_mock/*`) answers only a local, deliberate caller.

A mock runs on a developer's machine while a browser is open: without this, any web page could reset it or
queue faults with a cross-site `fetch` (a `text/plain` POST needs no CORS preflight), or reach it through a
DNS-rebinding name. So, in front of the admin routes:

- `Host` must name a loopback address (`127.0.0.1`, `::1`, `localhost`; Starlette's TestClient's `testserver`);
- an `Origin`, when sent (browsers send it on every cross-site POST), must be a loopback origin too;
- a request body must be `application/json` (a form or `text/plain` is 415), and at most `MAX_BODY` bytes (413).

Each refusal is a JSON `{"error": ...}` that says which header or limit. Written as plain ASGI because
Starlette's TrustedHostMiddleware checks only `Host` and answers in text.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 1 << 20  # bytes; an admin request is a few hundred, a fault body a page at most
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost", "testserver"})


def _host_of(value: str) -> str:
    try:
        return (urlsplit(f"//{value}").hostname or "").lower()
    except ValueError:
        return ""


class AdminGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if _host_of(host) not in LOOPBACK:
            await _refuse(send, 403, f"Host {host!r} is not a loopback name: the admin API answers local callers only")
            return
        origin = headers.get("origin")
        if origin is not None and (urlsplit(origin).hostname or "").lower() not in LOOPBACK:
            await _refuse(send, 403, f"Origin {origin!r} is not a loopback origin: no web page may drive the mock")
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                await _refuse(send, 413, f"body is larger than {MAX_BODY} bytes")
                return
            if not message.get("more_body", False):
                break
        media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if (body or media) and media != "application/json":
            await _refuse(send, 415, f"Content-Type must be application/json, got {media or 'none'!r}")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _refuse(send: Send, status: int, message: str) -> None:
    content = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": content})
