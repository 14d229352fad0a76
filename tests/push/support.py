"""What the receiver tests share: RSA keys made in the test (cryptography), signed deliveries, a tracked store
read back with plain SQL, and an ASGI client."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
from asyncstatus_core.track_store import Store, open_store
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class SigningKey:
    """An RSA key pair as bol would hold it: signs bodies; publishes the Base64 DER SubjectPublicKeyInfo."""

    def __init__(self, key_id: str) -> None:
        self.key_id = key_id
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    @property
    def public_b64(self) -> str:
        der = self.private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return base64.b64encode(der).decode()

    def signature(self, body: bytes) -> str:
        return base64.b64encode(self.private.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def header(self, body: bytes, *, key_id: str | None = None) -> str:
        return f'keyId={key_id or self.key_id}, algorithm="rsa-sha256", signature={self.signature(body)}'


def bol_event(process_id: str, status: str = "SUCCESS", *, spelling: str = "timestamp", **extra: Any) -> bytes:
    event = {"resource": "PROCESS_STATUS", "type": status, "resourceId": process_id, **extra}
    return json.dumps({"retailerId": 1234567, spelling: "2026-12-06T07:00:00+01:00", "event": event}).encode()


def tracked_store(tmp_path: Path, scope: str, ids: list[str]) -> tuple[Store, Path]:
    path = tmp_path / "track.db"
    store = open_store(f"sqlite:///{path}")
    store.add(scope, [(i, {}) for i in ids], deadline_at=None)
    return store, path


def pushed(path: Path, scope: str) -> dict[str, tuple[str | None, float | None, float | None]]:
    """id -> (pushed_status, pushed_at, finished_at), read with plain SQL (the store exposes no reader for it yet)."""
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT id, pushed_status, pushed_at, finished_at FROM asyncstatus_tracked WHERE scope = ?", (scope,)
        ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def asgi_client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://receiver.example")
