"""Receive a provider's pushed "process finished" events: a plain ASGI application that verifies, reads and records.

Part of asyncstatus-core. Each SDK whose provider pushes (bol's signed webhooks, Realtime Register's notification
webhooks) renders a `push` module that builds a `Receiver` from its spec's `x-push` facts; the logic lives here once.

    app = Receiver(verifier=..., reader=..., store=open_store(url), scope="bol_process_status_client", path="/push")
    # mount it in your Starlette/FastAPI app (app.mount("/push", receiver)) or run it alone with uvicorn

Order of work for one request, chosen so that nothing unverified is ever parsed or written:
  1. only `POST <path>` is served (404 elsewhere, 405 with `Allow: POST` for other methods);
  2. the body is read up to `max_body` bytes (413 beyond; a `Content-Length` that says more is refused unread);
  3. the signature over the raw bytes is checked (401 when missing, unparsable or wrong: nothing else happens);
  4. the body must be JSON and the event the provider sends (400 otherwise); a well-formed event of another kind
     (bol's test message, another subscribed resource) is acknowledged and ignored (202);
  5. the pushed status is recorded in the tracker's store in one transaction (`Store.record_pushes`), idempotently;
     202 once it is stored, 503 when the store cannot take it (the provider retries; nothing is acknowledged that
     was not stored).
Nothing secret is logged: no key, no signature header, no body.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "BadEvent",
    "BadSignature",
    "EventReader",
    "HmacVerifier",
    "PushEvent",
    "Receiver",
    "RsaKeyVerifier",
    "Verifier",
    "event_reader",
    "parse_signature_header",
    "pointer",
]

log = logging.getLogger("asyncstatus_core.push")

DEFAULT_MAX_BODY = 64 * 1024  # bytes: bol's event is about 200 bytes, a Realtime Register notification a few KB
# The ASGI types as Starlette spells them, so that `Mount("/push", app=receiver)` type-checks in a user's app.
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class BadSignature(Exception):
    """The signature is missing, unparsable or does not verify (the message says which, never the values)."""


class BadEvent(Exception):
    """The body is not the event this receiver expects (the message says what is wrong, never the body)."""


@dataclass(frozen=True)
class PushEvent:
    """One pushed status: the process it is about (the tracker's id, as text) and the status pushed. `final`: the
    provider's lifecycle table says that status ends a process; only a final one is recorded (a non-final one, a
    Realtime Register notification about a step on the way, is acknowledged and ignored: recorded, it would keep the
    final push that follows from being recorded, the first push winning)."""

    process_id: str
    status: str
    final: bool = True


class Verifier(Protocol):
    async def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Return when `body` carries a valid signature in `headers` (lower-case names); BadSignature otherwise."""


EventReader = Callable[[Any], "PushEvent | None"]  # the parsed JSON -> the event, None (ignored) or BadEvent


class _Store(Protocol):
    def record_pushes(self, scope: str, pushes: Sequence[tuple[str, str]]) -> list[str]: ...


# --- signatures ------------------------------------------------------------------------------------------------


def _need_cryptography() -> None:
    """Fail when the receiver is built, not on its first delivery, when the `push` extra is missing."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise ImportError('the push receiver needs cryptography: pip install "asyncstatus-core[push]"') from None


def _header(headers: Mapping[str, str], names: Sequence[str]) -> str:
    """The one signature header among `names`; BadSignature when none, or several that disagree."""
    values = {headers[n.lower()] for n in names if n.lower() in headers}
    if not values:
        raise BadSignature(f"no signature header ({' or '.join(names)})")
    if len(values) > 1:
        raise BadSignature(f"the signature headers {', '.join(names)} disagree")
    return values.pop()


def _b64(value: str, what: str) -> bytes:
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BadSignature(f"the {what} is not Base64") from None


def parse_signature_header(value: str) -> dict[str, str]:
    """`keyId=0, algorithm="rsa-sha256", signature=<Base64>` as a dict; quotes around values are optional (bol's
    sample has them on `algorithm` only). Hand-written: the value is a comma-separated list of `name=value` pairs
    (the form of the draft HTTP Signatures header), and no standard-library parser reads that form."""
    fields: dict[str, str] = {}
    for part in value.split(","):
        name, sep, raw = part.strip().partition("=")
        if not sep or not name.strip():
            raise BadSignature("the signature header is not a list of name=value pairs")
        fields[name.strip().lower()] = raw.strip().strip('"')
    return fields


class HmacVerifier:
    """HMAC-SHA256 of the raw body with a shared key, Base64, in one header (Realtime Register: `Signature`)."""

    def __init__(self, key: bytes | str, *, headers: Sequence[str] = ("Signature",)) -> None:
        _need_cryptography()
        self._key = key.encode() if isinstance(key, str) else key
        if not self._key:
            raise ValueError("the shared HMAC key is empty")
        self.headers = tuple(headers)

    def __repr__(self) -> str:
        return f"HmacVerifier(headers={self.headers!r}, key=<hidden>)"

    async def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes, hmac

        given = _b64(_header(headers, self.headers), "signature")
        mac = hmac.HMAC(self._key, hashes.SHA256())
        mac.update(body)
        try:
            mac.verify(given)  # constant time
        except InvalidSignature:
            raise BadSignature("the signature does not match the body") from None


KeyFetcher = Callable[[], Awaitable[Mapping[str, str]]]  # key id -> Base64 DER of an X.509 SubjectPublicKeyInfo


class RsaKeyVerifier:
    """RSA PKCS#1 v1.5 with SHA-256 over the raw body, checked with the key the header's `keyId` names (bol).

    Keys come from `fetch_keys` (the SDK's signature-keys operation). Keys rotate without notice: an unknown
    `keyId` fetches them again, at most once per `refetch_interval` seconds (so forged ids cannot make the
    receiver hammer the provider), and the set is also refreshed after `max_age` seconds."""

    ALGORITHM = "rsa-sha256"

    def __init__(
        self,
        fetch_keys: KeyFetcher,
        *,
        headers: Sequence[str] = ("Signature", "X-BOL-Signature"),
        refetch_interval: float = 60.0,
        max_age: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _need_cryptography()
        self._fetch = fetch_keys
        self.headers = tuple(headers)
        self.refetch_interval = refetch_interval
        self.max_age = max_age
        self._clock = clock
        self._keys: dict[str, Any] = {}
        self._fetched_at: float | None = None
        self._lock = asyncio.Lock()
        self.fetches = 0  # how many times keys were fetched (figures and tests)

    async def _refresh(self, *, wanted: str) -> None:
        async with self._lock:
            now = self._clock()
            if wanted in self._keys and self._fetched_at is not None and now - self._fetched_at < self.max_age:
                return  # another request fetched them meanwhile
            if self._fetched_at is not None and now - self._fetched_at < self.refetch_interval:
                return  # fetched recently: an unknown id now is not worth another request
            self._fetched_at = now
            self.fetches += 1
            try:
                given = await self._fetch()
            except Exception as error:  # the SDK's errors, a network failure: the keys stay as they were
                log.warning("could not fetch the signature keys: %s", type(error).__name__)
                return
            self._keys = {str(key_id): _public_key(der) for key_id, der in given.items()}

    async def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        fields = parse_signature_header(_header(headers, self.headers))
        key_id, algorithm, signature = fields.get("keyid"), fields.get("algorithm"), fields.get("signature")
        if not key_id or not signature:
            raise BadSignature("the signature header lacks keyId or signature")
        if algorithm is not None and algorithm.lower() != self.ALGORITHM:
            raise BadSignature("the signature header names another algorithm than rsa-sha256")
        raw = _b64(signature, "signature")
        stale = self._fetched_at is None or self._clock() - self._fetched_at >= self.max_age
        if key_id not in self._keys or stale:
            await self._refresh(wanted=key_id)
        key = self._keys.get(key_id)
        if key is None:
            raise BadSignature("the signature names an unknown key")
        try:
            key.verify(raw, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise BadSignature("the signature does not match the body") from None


def _public_key(der_b64: str) -> Any:
    """An RSA public key from the Base64 DER bol lists (an X.509 SubjectPublicKeyInfo); None for anything else,
    so one unusable key does not hide the others."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    try:
        key = load_der_public_key(base64.b64decode(der_b64, validate=True))
    except (ValueError, TypeError, binascii.Error):
        log.warning("a signature key is not a Base64 X.509 public key; it is skipped")
        return None
    return key if isinstance(key, rsa.RSAPublicKey) else None


# --- reading events --------------------------------------------------------------------------------------------


def pointer(document: Any, where: str) -> Any:
    """The value at a JSON Pointer (RFC 6901), or None where the path does not exist."""
    value = document
    for token in where.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value


def event_reader(
    *,
    process: str,
    status: Sequence[str],
    when: Mapping[str, str] | None = None,
    statuses: Iterable[str] | None = None,
    required: Sequence[str] = (),
    ended: Iterable[str] | None = None,
) -> EventReader:
    """A reader for one provider's event, from its spec's `x-push` facts: `process` and `status` are JSON Pointers
    (the first `status` pointer present wins), `when` the pointer/value pairs that make an event one of ours (others
    are ignored), `statuses` the values a pushed status may take, `required` pointers every event must carry.
    `ended`: the statuses the provider's lifecycle table classifies as ended (the generated package's `waiters`
    facts); an event with any other status (one the table calls pending or running, or does not know) is read as
    not final. None: every status is taken as final."""
    allowed = frozenset(statuses) if statuses is not None else None
    finals = frozenset(ended) if ended is not None else None
    conditions = dict(when or {})

    def read(document: Any) -> PushEvent | None:
        if not isinstance(document, dict):
            raise BadEvent("the body is not a JSON object")
        for where in required:
            if pointer(document, where) is None:
                raise BadEvent(f"the event has no {where}")
        if any(pointer(document, where) != value for where, value in conditions.items()):
            return None  # another kind of event: acknowledged, not ours
        process_id = pointer(document, process)
        if process_id is None:
            return None  # about no process (e.g. a notification on an account)
        if isinstance(process_id, bool) or not isinstance(process_id, str | int) or str(process_id) == "":
            raise BadEvent(f"{process} is not an id")
        pushed = next((v for v in (pointer(document, s) for s in status) if v is not None), None)
        if not isinstance(pushed, str) or not pushed:
            raise BadEvent(f"the event has no status at {' or '.join(status)}")
        if allowed is not None and pushed not in allowed:
            raise BadEvent(f"the pushed status is not one of {', '.join(sorted(allowed))}")
        return PushEvent(str(process_id), pushed, finals is None or pushed in finals)

    return read


# --- the ASGI application --------------------------------------------------------------------------------------


class Receiver:
    """The ASGI application (module docstring). `store` is the tracker's store (`open_store(url)`), `scope` the
    SDK's tracker scope (its package name), `path` the one route it serves ("/" when mounted under a prefix)."""

    def __init__(
        self,
        *,
        verifier: Verifier,
        reader: EventReader,
        store: _Store,
        scope: str,
        path: str = "/",
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        self.verifier = verifier
        self.reader = reader
        self.store = store
        self.scope = scope
        self.path = "/" + path.strip("/") if path.strip("/") else "/"
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return  # websockets: not served (closing without accepting refuses them)
        status, text = await self._handle(scope, receive)
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(text)).encode())]
        if status == 405:
            headers.append((b"allow", b"POST"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": text.encode()})

    def _route(self, scope: Scope) -> str:
        # Mounted under a prefix, Starlette leaves the full path in `path` and the prefix in `root_path`.
        path = str(scope.get("path", "/"))
        root = str(scope.get("root_path", ""))
        if root and path.startswith(root):
            path = path[len(root) :]
        return "/" + path.strip("/") if path.strip("/") else "/"

    async def _handle(self, scope: Scope, receive: Receive) -> tuple[int, str]:
        if self._route(scope) != self.path:
            return 404, "not found\n"
        if scope.get("method") != "POST":
            return 405, "only POST\n"
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return 413, f"the body is larger than {self.max_body} bytes\n"
        body = await _read_body(receive, self.max_body)
        if body is None:
            return 413, f"the body is larger than {self.max_body} bytes\n"
        try:
            await self.verifier.verify(body, headers)
        except BadSignature as refused:
            log.info("push refused (401): %s", refused)
            return 401, "signature refused\n"
        try:
            event = self.reader(json.loads(body))
        except (ValueError, UnicodeDecodeError):
            log.info("push refused (400): the body is not JSON")
            return 400, "the body is not JSON\n"
        except BadEvent as bad:
            log.info("push refused (400): %s", bad)
            return 400, f"not the expected event: {bad}\n"
        if event is None:
            log.debug("push ignored: an event this receiver does not handle")
            return 202, "ignored\n"
        if not event.final:
            log.info("push %s %s: not a final status; ignored", event.process_id, event.status)
            return 202, "not final; ignored\n"
        try:
            changed = await asyncio.to_thread(self.store.record_pushes, self.scope, [(event.process_id, event.status)])
        except Exception as error:  # StoreError, a driver's error: the provider must retry
            log.warning("push not stored (503): %s", type(error).__name__)
            return 503, "the store cannot take it now; retry\n"
        log.info("push %s %s: %s", event.process_id, event.status, "recorded" if changed else "nothing new")
        return 202, "stored\n"


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None as soon as it passes `limit` bytes (the rest is never read)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
