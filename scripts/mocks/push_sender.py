"""The mocks' side of push (issue 23 item 5): events posted to subscribed URLs with a provider's delivery rules,
and the faults a test asks for (drop, duplicate, reorder, delay, tamper). Every wait is on the mock's clock:
`speed` divides it (a mock run sped up 60 times retries bol's 10 minutes in 10 seconds).

The timing constants are here and nowhere else (PROVIDERS.md "Push")."""

from __future__ import annotations

import heapq
import itertools
import random
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
    """What to do to the next deliveries (counts; `delay` seconds on the mock's clock for each delivery), and to
    a share of all of them (`drop_rate`, `duplicate_rate`: each delivery dropped or sent twice with that
    probability, drawn from a generator seeded by `seed`, so that a bench run is reproducible)."""

    drop: int = 0
    duplicate: int = 0
    reorder: int = 0  # held back and sent after the next delivery
    tamper: int = 0  # one byte of the body changed after signing
    delay: float = 0.0
    drop_rate: float = 0.0
    duplicate_rate: float = 0.0
    seed: int | None = None
    rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def take(self, name: str) -> bool:
        left = int(getattr(self, name))
        if left > 0:
            setattr(self, name, left - 1)
            return True
        rate = float(getattr(self, f"{name}_rate", 0.0))
        return rate > 0 and self.rng.random() < rate

    def shown(self) -> dict[str, Any]:
        """As the admin API answers them."""
        return {name: getattr(self, name) for name in FAULT_FIELDS}

    @classmethod
    def parse(cls, body: Any) -> PushFaults:
        """From the admin API's JSON; ValueError naming the field that is wrong."""
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        unknown = set(body) - set(FAULT_FIELDS)
        if unknown:
            raise ValueError(f"unknown fault {sorted(unknown)[0]!r}")
        for name, value in body.items():
            if name == "seed":
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ValueError(f"`seed` must be an integer, got {value!r}")
                continue
            whole = name not in ("delay", "drop_rate", "duplicate_rate")
            if isinstance(value, bool) or not isinstance(value, int if whole else int | float) or value < 0:
                raise ValueError(f"`{name}` must be a non-negative {'integer' if whole else 'number'}, got {value!r}")
            if name.endswith("_rate") and value > 1:
                raise ValueError(f"`{name}` must be a share between 0 and 1, got {value!r}")
        return cls(**body)


FAULT_FIELDS = ("drop", "duplicate", "reorder", "tamper", "delay", "drop_rate", "duplicate_rate", "seed")


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
        """Queue one event for `url`, the faults applied as it is queued. Thread-safe: a process finishes on a
        read (the server's loop) or at its time (the store's finisher thread)."""
        headers = self.sign(body)  # outside the lock: an RSA signature takes a millisecond or two
        with self._wake:
            if self.faults.take("drop"):
                return
            tampered = self.faults.take("tamper")
            if tampered:  # the signature stays the original body's
                body = body[:-2] + (b"0" if body[-2:-1] != b"0" else b"1") + body[-1:]
            copies = 2 if self.faults.take("duplicate") else 1
            due = time.monotonic() + self.faults.delay / self.speed
            attempts = [
                _Attempt(due, next(self._order), url, subscription, body, headers, tampered=tampered)
                for _ in range(copies)
            ]
            if self.faults.take("reorder"):
                self._held += attempts
                return
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
