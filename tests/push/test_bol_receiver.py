"""bol's receiver (bol_process_status_client.push): every delivery verified over its raw bytes with the RSA key its
`keyId` names, keys read through the SDK from the Retailer API's signature-keys endpoint and read again, at most
once per interval, for an unknown key; refused pushes record nothing; a valid one is recorded once."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import bol_process_status_client as bol
import httpx
import pytest
from asyncstatus_core.push import BadSignature, Receiver, RsaKeyVerifier
from bol_process_status_client import push
from bol_process_status_client.tracker import SCOPE
from starlette.applications import Starlette
from starlette.routing import Mount

from .support import SigningKey, asgi_client, bol_event, pushed, tracked_store

KEYS_URL = "https://api.bol.com/retailer/subscriptions/signature-keys"  # the Retailer API, not /shared (servers)


class Bol:
    """bol's side: a token endpoint and the signature-keys endpoint listing the keys it currently signs with."""

    def __init__(self, *keys: SigningKey) -> None:
        self.keys = list(keys)
        self.key_requests: list[httpx.Request] = []

    def respond(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "tok-9f8e7d", "token_type": "Bearer", "expires_in": 300})
        self.key_requests.append(request)
        if str(request.url) != KEYS_URL:
            return httpx.Response(404, json={"title": "Not Found", "status": 404})
        body = {"signatureKeys": [{"id": k.key_id, "type": "RSA", "publicKey": k.public_b64} for k in self.keys]}
        return httpx.Response(200, json=body, headers={"Content-Type": "application/vnd.retailer.v10+json"})

    def client(self) -> bol.Client:
        return bol.create_client(
            client_id="id", client_secret="s3cr3t-client", httpx_args={"transport": httpx.MockTransport(self.respond)}
        )


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Bol, SigningKey, Receiver, Path]:
    key = SigningKey("0")
    provider = Bol(key)
    store, path = tracked_store(tmp_path, SCOPE, ["1001", "1002", "1003"])
    receiver = push.create_receiver(client=provider.client(), store=store)
    return provider, key, receiver, path


async def deliver(receiver: Receiver, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    async with asgi_client(receiver) as client:
        return await client.post("/", content=body, headers=headers or {})


def test_a_valid_push_is_recorded_once_even_when_delivered_twice(setup: tuple[Bol, SigningKey, Receiver, Path]) -> None:
    provider, key, receiver, path = setup
    body = bol_event("1001", "FAILURE")
    first = asyncio.run(deliver(receiver, body, {"Signature": key.header(body)}))
    assert first.status_code == 202
    status, at, finished = pushed(path, SCOPE)["1001"]
    assert (status, finished) == ("FAILURE", None) and at is not None
    again = asyncio.run(deliver(receiver, body, {"Signature": key.header(body)}))  # bol delivers twice
    assert again.status_code == 202
    assert pushed(path, SCOPE)["1001"] == (status, at, finished)  # unchanged, pushed_at included
    assert [str(r.url) for r in provider.key_requests] == [KEYS_URL]  # keys read once, from /retailer


def test_a_late_reordered_push_changes_nothing(setup: tuple[Bol, SigningKey, Receiver, Path]) -> None:
    _, key, receiver, path = setup
    for status in ("SUCCESS", "TIMEOUT"):
        body = bol_event("1002", status)
        assert asyncio.run(deliver(receiver, body, {"Signature": key.header(body)})).status_code == 202
    assert pushed(path, SCOPE)["1002"][0] == "SUCCESS"  # the first push wins


@pytest.mark.parametrize("spelling", ["timestamp", "timeStamp"])
def test_both_timestamp_spellings_and_unknown_members_are_accepted(
    setup: tuple[Bol, SigningKey, Receiver, Path], spelling: str
) -> None:
    _, key, receiver, path = setup
    body = bol_event("1003", spelling=spelling, metadata={}, links=[], somethingNew=True)
    assert asyncio.run(deliver(receiver, body, {"X-BOL-Signature": key.header(body)})).status_code == 202
    assert pushed(path, SCOPE)["1003"][0] == "SUCCESS"


def refused_cases(key: SigningKey) -> dict[str, tuple[bytes, dict[str, str]]]:
    body = bol_event("1001")
    other = bol_event("1002")  # a real, signed push of another process
    forger = SigningKey("0")  # same keyId, another private key
    tampered = body.replace(b'"SUCCESS"', b'"FAILURE"')
    return {
        "unsigned": (body, {}),
        "forged": (body, {"Signature": forger.header(body)}),
        "tampered": (tampered, {"Signature": key.header(body)}),
        "replayed with another body": (body, {"Signature": key.header(other)}),
        "unparsable header": (body, {"Signature": "this is not a signature"}),
        "signature not base64": (body, {"Signature": 'keyId=0, algorithm="rsa-sha256", signature=%%%'}),
        "another algorithm": (body, {"Signature": key.header(body).replace("rsa-sha256", "hmac-sha256")}),
        "two headers disagreeing": (body, {"Signature": key.header(body), "X-BOL-Signature": key.header(other)}),
    }


@pytest.mark.parametrize("case", list(refused_cases(SigningKey("0"))))
def test_a_bad_signature_is_refused_and_nothing_recorded(
    setup: tuple[Bol, SigningKey, Receiver, Path], case: str
) -> None:
    _, key, receiver, path = setup
    body, headers = refused_cases(key)[case]
    answer = asyncio.run(deliver(receiver, body, headers))
    assert answer.status_code == 401
    assert all(status is None for status, _, _ in pushed(path, SCOPE).values())


def test_an_oversized_push_is_refused_unread(setup: tuple[Bol, SigningKey, Receiver, Path]) -> None:
    _, key, receiver, path = setup
    big = bol_event("1001", padding="x" * 70_000)
    assert asyncio.run(deliver(receiver, big, {"Signature": key.header(big)})).status_code == 413

    async def chunked() -> httpx.Response:  # no Content-Length: the limit holds while reading
        async def body() -> AsyncIterator[bytes]:
            for start in range(0, len(big), 4096):
                yield big[start : start + 4096]

        async with asgi_client(receiver) as client:
            return await client.post("/", content=body(), headers={"Signature": key.header(big)})

    assert asyncio.run(chunked()).status_code == 413
    assert pushed(path, SCOPE)["1001"][0] is None


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[1, 2]", 400),
        (json.dumps({"retailerId": 1, "event": {"resource": "PROCESS_STATUS", "type": "SUCCESS"}}).encode(), 400),
        (bol_event("1001", "PENDING"), 400),  # bol never pushes PENDING
        (json.dumps({"retailerId": 1, "event": {"resource": "TEST", "type": "X", "resourceId": "1"}}).encode(), 202),
    ],
    ids=["not JSON", "not an object", "no resourceId", "not a final status", "bol's test event, ignored"],
)
def test_what_is_not_the_event_is_refused_or_ignored(
    setup: tuple[Bol, SigningKey, Receiver, Path], body: bytes, status: int
) -> None:
    _, key, receiver, path = setup
    assert asyncio.run(deliver(receiver, body, {"Signature": key.header(body)})).status_code == status
    assert all(s is None for s, _, _ in pushed(path, SCOPE).values())


def test_a_push_after_the_process_finished_changes_nothing(setup: tuple[Bol, SigningKey, Receiver, Path]) -> None:
    from asyncstatus_core.track_store import Finished

    _, key, receiver, path = setup
    store = receiver.store
    assert hasattr(store, "claim") and hasattr(store, "settle")
    [row] = [r for r in store.claim(SCOPE, "worker", limit=10, lease=60) if r.id == "1001"] or [None]
    assert row is not None
    store.settle(SCOPE, "worker", [Finished("1001", "succeeded", "SUCCESS", {"status": "SUCCESS"}, 1)], [])
    before = pushed(path, SCOPE)["1001"]
    body = bol_event("1001", "FAILURE")
    assert asyncio.run(deliver(receiver, body, {"Signature": key.header(body)})).status_code == 202
    assert pushed(path, SCOPE)["1001"] == before and before[0] is None


def test_the_store_down_answers_503_and_the_retry_is_recorded(tmp_path: Path) -> None:
    key = SigningKey("0")
    provider = Bol(key)
    store, path = tracked_store(tmp_path, SCOPE, ["1001"])
    body = bol_event("1001")
    store.close()  # the store cannot take it
    down = push.create_receiver(client=provider.client(), store=store)
    assert asyncio.run(deliver(down, body, {"Signature": key.header(body)})).status_code == 503
    assert pushed(path, SCOPE)["1001"][0] is None
    up = push.create_receiver(client=provider.client(), store=f"sqlite:///{path}")  # bol retries
    assert asyncio.run(deliver(up, body, {"Signature": key.header(body)})).status_code == 202
    assert pushed(path, SCOPE)["1001"][0] == "SUCCESS"


def test_a_rotated_key_is_fetched_again_but_forged_ids_are_rate_limited(tmp_path: Path) -> None:
    old, new = SigningKey("0"), SigningKey("1")
    provider = Bol(old)
    store, path = tracked_store(tmp_path, SCOPE, ["1001", "1002"])
    now = [1000.0]
    verifier = RsaKeyVerifier(push.key_fetcher(provider.client()), refetch_interval=60.0, clock=lambda: now[0])
    receiver = Receiver(verifier=verifier, reader=push.READER, store=store, scope=SCOPE)
    first = bol_event("1001")
    assert asyncio.run(deliver(receiver, first, {"Signature": old.header(first)})).status_code == 202
    assert verifier.fetches == 1
    provider.keys = [new]  # bol rotates
    now[0] += 61
    second = bol_event("1002")
    assert asyncio.run(deliver(receiver, second, {"Signature": new.header(second)})).status_code == 202
    assert verifier.fetches == 2 and pushed(path, SCOPE)["1002"][0] == "SUCCESS"
    for n in range(20):  # forged key ids within the interval: no request to bol
        forged = bol_event("1001", "FAILURE")
        answer = asyncio.run(deliver(receiver, forged, {"Signature": new.header(forged, key_id=f"forged-{n}")}))
        assert answer.status_code == 401
    assert verifier.fetches == 2 and len(provider.key_requests) == 2


def test_bols_own_signed_sample_verifies() -> None:
    """The signed delivery in rojtjo/bol-api-client's tests (corpus S11) with its published key: the algorithm and
    the key format (Base64 DER SubjectPublicKeyInfo) are bol's."""
    spec_example = bol.push.HEADERS  # noqa: F841  (the generated module is the one under test)
    public = (
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAh5x6f/IexlWgo23VF9yH7zmRWEaFShAXyFoR3Flh0ZwSn8hZY+rR3zJt/FWKT6mcw51cF"
        "jNWGoi92FLLCsXq49TS+8T6z5/AqpS/cORzFndiaPeMN5k9nla9ECwWqizqoBWRFyg7tnP0GkbZF+rjLlAbUznisEItGcfu9rw4+CfulFTwA9CGx"
        "KUDNJOcihEkUflsMlGL2Stqs1Q54O2GTPlLX4KTn1z7Iy4E8IqSOm9Z7sEFHK/RR7sf6K3JsN/h3nR0+NN8o2OGCZ1z17OjSnWXbq1QDZIkN+Pn"
        "tEIW540Og0SHDshLAGxOeW0jw8tU/uKZMhR7lmmrabLjutk3NQIDAQAB"
    )
    signature = (
        "ae2Z1c36OxpTu7OiljUJMqbW5I2+aqU04xO3Z5eInL73vvXuWwXOIEaVDpmyfXAz7HhaFJ6q73qKqHhE9zP1BEyp/CyRC+3EPU9QauUk6GS66FWS9E"
        "FPhvuC/hj0z6xwRXaMMu6J/p89rb3utsO4nagT1iuFNdAz4mRPg3UnyIl50oSWyC99zje090cxNUGw7f3WY8gvTt9bGhiAQ8gMQgA2dw++UTov3r+i"
        "fdAaj7cMLEHS5gT7mn4Cqo8kYLejRab81l9Zge0q0ozX2/4OUaEXjemo/+w6QFJrq1Vsih+PFrU7BzzyUs8m+CVUdpSsXZQTiragTKs9ZIrnpmS9mA=="
    )
    body = (
        b'{"retailerId":1659925,"timeStamp":"2021-11-18T16:37:13+01:00","event":{"resource":"PROCESS_STATUS",'
        b'"type":"SUCCESS","resourceId":"33371690441","metadata":{},"links":[]}}'
    )

    async def keys() -> dict[str, str]:
        return {"1": public}

    verifier = RsaKeyVerifier(keys)
    header = f'keyId=1, algorithm="rsa-sha256", signature={signature}'
    asyncio.run(verifier.verify(body, {"signature": header}))
    with pytest.raises(BadSignature):
        asyncio.run(verifier.verify(body.replace(b"SUCCESS", b"FAILURE"), {"signature": header}))
    assert push.READER(json.loads(body)) == push.READER(json.loads(body))
    assert base64.b64decode(public)[:2] == b"\x30\x82"


def test_it_serves_only_its_route_and_mounts_in_starlette(setup: tuple[Bol, SigningKey, Receiver, Path]) -> None:
    _, key, receiver, path = setup
    app = Starlette(routes=[Mount("/bol/push", app=receiver)])
    body = bol_event("1001")

    async def run() -> list[int]:
        async with asgi_client(app) as client:
            return [
                # Starlette's Mount serves "/bol/push/" (it redirects "/bol/push" there): the URL to give bol
                (await client.post("/bol/push/", content=body, headers={"Signature": key.header(body)})).status_code,
                (await client.get("/bol/push/")).status_code,
                (await client.post("/bol/push/other", content=body)).status_code,
                (await client.post("/elsewhere", content=body)).status_code,
            ]

    assert asyncio.run(run()) == [202, 405, 404, 404]
    assert pushed(path, SCOPE)["1001"][0] == "SUCCESS"


def test_nothing_secret_is_logged(
    setup: tuple[Bol, SigningKey, Receiver, Path], caplog: pytest.LogCaptureFixture
) -> None:
    _, key, receiver, _ = setup
    caplog.set_level(logging.DEBUG)
    body = bol_event("1001")
    good = key.header(body)
    forged = SigningKey("0").header(body)
    asyncio.run(deliver(receiver, body, {"Signature": forged}))
    asyncio.run(deliver(receiver, body, {"Signature": good}))
    text = caplog.text
    secrets = (good.split("signature=", 1)[1], forged.split("signature=", 1)[1], key.public_b64, "s3cr3t", "tok-9f8e7d")
    for secret in secrets:
        assert secret not in text
    assert "1001" in text  # the process id is not secret: it says what was recorded
