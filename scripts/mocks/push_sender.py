"""The mocks' side of push (issue 23 item 5): events posted to subscribed URLs with a provider's delivery rules,
and the faults a test asks for (drop, duplicate, reorder, delay, tamper). Every wait is on the mock's clock:
`speed` divides it (a mock run sped up 60 times retries bol's 10 minutes in 10 seconds).

The timing constants are here and nowhere else (PROVIDERS.md "Push")."""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(frozen=True)
class DeliveryRules:
    """How a provider delivers: `timeout` seconds for an answer, then one more try after each of `delays`
    (seconds after the failed one); after the last failure `on_give_up` (bol disables the subscription)."""

    timeout: float
    delays: tuple[float, ...]


# bol: 5 s to answer, "10 times over a period of 10 minutes", then the subscription is disabled.
BOL_RULES = DeliveryRules(timeout=5.0, delays=(60.0,) * 10)
# Realtime Register: "up to 5 attempts (10 s, 30 s, 2 min, 5 min, 15 min)", read here as the waits before each
# retry; its timeout is not published (10 s assumed).
REALTIMEREGISTER_RULES = DeliveryRules(timeout=10.0, delays=(10.0, 30.0, 120.0, 300.0, 900.0))


@dataclass
class PushFaults:
    """What to do to the next deliveries (counts; `delay` seconds on the mock's clock for each delivery)."""

    drop: int = 0
    duplicate: int = 0
    reorder: int = 0  # held back and sent after the next delivery
    tamper: int = 0  # one byte of the body changed after signing
    delay: float = 0.0

    def take(self, name: str) -> bool:
        left = int(getattr(self, name))
        if left > 0:
            setattr(self, name, left - 1)
        return left > 0

    @classmethod
    def parse(cls, body: Any) -> PushFaults:
        """From the admin API's JSON; ValueError naming the field that is wrong."""
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        unknown = set(body) - {"drop", "duplicate", "reorder", "tamper", "delay"}
        if unknown:
            raise ValueError(f"unknown fault {sorted(unknown)[0]!r}")
        for name, value in body.items():
            whole = name != "delay"
            if isinstance(value, bool) or not isinstance(value, int if whole else int | float) or value < 0:
                raise ValueError(f"`{name}` must be a non-negative {'integer' if whole else 'number'}, got {value!r}")
        return cls(**body)


@dataclass(order=True)
class _Attempt:
    due: float
    order: int
    url: str = field(compare=False)
    subscription: str = field(compare=False)
    body: bytes = field(compare=False)
    headers: dict[str, str] = field(compare=False)
    tampered: bool = field(compare=False, default=False)
    tries: int = field(compare=False, default=0)


@dataclass(frozen=True)
class Delivered:
    """One attempt, as the admin API lists it."""

    subscription: str
    url: str
    status: int | None  # None: no answer in time, or no connection
    tampered: bool


class Sender:
    """Posts signed events from one background thread, retrying by `rules` on the mock's clock."""

    def __init__(
        self,
        rules: DeliveryRules,
        sign: Callable[[bytes], dict[str, str]],
        on_give_up: Callable[[str], None],
        *,
        speed: float = 1.0,
    ) -> None:
        self.rules = rules
        self.sign = sign
        self.on_give_up = on_give_up
        self.speed = speed
        self.faults = PushFaults()
        self.log: list[Delivered] = []
        self._heap: list[_Attempt] = []
        self._held: list[_Attempt] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def send(self, url: str, subscription: str, body: bytes) -> None:
        """Queue one event for `url`, the faults applied as it is queued."""
        if self.faults.take("drop"):
            return
        headers = self.sign(body)
        tampered = self.faults.take("tamper")
        if tampered:  # the signature stays the original body's
            body = body[:-2] + (b"0" if body[-2:-1] != b"0" else b"1") + body[-1:]
        copies = 2 if self.faults.take("duplicate") else 1
        due = time.monotonic() + self.faults.delay / self.speed
        attempts = [
            _Attempt(due, next(self._order), url, subscription, body, headers, tampered=tampered) for _ in range(copies)
        ]
        if self.faults.take("reorder"):
            self._held += attempts
            return
        with self._wake:
            for attempt in [*attempts, *self._held]:  # a held one goes after this one
                attempt.due, attempt.order = max(attempt.due, due), next(self._order)
                heapq.heappush(self._heap, attempt)
            self._held.clear()
            self._start()
            self._wake.notify()

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="mock-push", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        with httpx.Client(timeout=self.rules.timeout / self.speed) as client:
            while True:
                with self._wake:
                    while not self._heap or self._heap[0].due > time.monotonic():
                        wait = self._heap[0].due - time.monotonic() if self._heap else None
                        self._wake.wait(timeout=wait)
                    attempt = heapq.heappop(self._heap)
                self._attempt(client, attempt)

    def _attempt(self, client: httpx.Client, attempt: _Attempt) -> None:
        try:
            status: int | None = client.post(attempt.url, content=attempt.body, headers=attempt.headers).status_code
        except httpx.HTTPError:
            status = None
        self.log.append(Delivered(attempt.subscription, attempt.url, status, attempt.tampered))
        if status is not None and 200 <= status < 300:
            return
        attempt.tries += 1
        if attempt.tries > len(self.rules.delays):
            self.on_give_up(attempt.subscription)
            return
        attempt.due = time.monotonic() + self.rules.delays[attempt.tries - 1] / self.speed
        with self._wake:
            heapq.heappush(self._heap, attempt)
