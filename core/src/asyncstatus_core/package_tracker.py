"""A generated package's `tracker` module, written once: `PackageTracker`, the base of each package's `Tracker`,
`status_provider`, what the engine needs from the package's waits (`waits.StatusWaits`), and the store defaults.

The package's `Tracker` keeps the provider's facts: its status operation (how one id is read), its bulk
operation, and the typed `add` (the id's name and the operation's other parameters); everything else is here.
"""

from __future__ import annotations

import inspect
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, Generic, Self, TypeVar
from urllib.parse import urlsplit

from .cli import convert
from .client import AuthenticatedClient, Client
from .polling import PollPolicy, dig
from .schedule import DEFAULT_LAG_PER_REQUEST
from .track_store import Store
from .tracker import DEFAULT_RETENTION, Bulk, Outcome, Provider, RunReport, TrackerEngine, checked_ids, unix_seconds
from .types import Response
from .waits import StatusWaits

__all__ = ["ADD_DOC", "DEFAULT_STORE", "DEFAULT_TIMEOUT", "PackageTracker", "default_store", "status_provider"]

M = TypeVar("M")

DEFAULT_STORE = "sqlite:///asyncstatus-track.db"  # in the working directory, when $ASYNCSTATUS_STORE is not set
DEFAULT_TIMEOUT = 86400.0  # seconds a process is tracked before it ends as timed-out


ADD_DOC = """Track these processes; how many were not tracked yet. Durable when it returns. After `timeout`
seconds (None: never) an unfinished process ends as `timed-out`. A ValueError names an empty id, or one that is
not of the operation's type."""


def default_store() -> str:
    """`$ASYNCSTATUS_STORE`, else a SQLite file in the working directory."""
    return os.environ.get("ASYNCSTATUS_STORE") or DEFAULT_STORE


def status_provider(
    scope: str,
    waits: StatusWaits[M],
    client: Any,
    fetch_one: Callable[[str, dict[str, Any]], Response[Any]],
    *,
    fetch_bulk: Callable[[list[str]], Response[Any]] | None = None,
    kind: tuple[str, ...] | None = None,
    started: tuple[str, ...] | None = None,
    finished: tuple[str, ...] | None = None,
) -> Provider:
    """What the tracker engine reads a package's processes with: its waits' facts (lifecycle table, status pointer,
    not-found rules, route, progress), `fetch_one(id, params)` and `fetch_bulk(ids)` (its status and bulk
    operations on `client`), and the pointers of x-async-status `type`, `started` and `finished`."""
    model = waits.model

    def as_model(parsed: Any) -> M | None:
        """A success answer as the status model (another alternative of its union is re-read as the model)."""
        if isinstance(parsed, model):
            return parsed
        if parsed is None or not hasattr(parsed, "to_dict"):
            return None
        return model.from_dict(parsed.to_dict())  # type: ignore[attr-defined, no-any-return]

    def progress_of(status: M) -> float | None:
        """The fraction of the work done (the waiters' percentage), which sharpens a learned schedule."""
        percent = waits.progress(status)
        return None if percent is None else percent / 100.0

    def kind_of(status: Any) -> str | None:
        """The process's type (x-async-status `type`): the history and the learned schedule are per type."""
        value = dig(status.to_dict(), kind or ())
        return None if value is None else str(value)

    def at(pointer: tuple[str, ...]) -> Callable[[Any], float | None]:
        """When the process started or ended by the provider's clock, Unix seconds."""
        return lambda status: unix_seconds(dig(status.to_dict(), pointer))

    bulk = None
    if fetch_bulk is not None and waits.bulk is not None:
        bulk = Bulk(limit=waits.bulk.limit, fetch=fetch_bulk, items_of=waits.items, id_of=waits.bulk.id_of)
    return Provider(
        scope=scope,
        fetch_one=fetch_one,
        as_model=as_model,
        classify=waits.lifecycle,
        pointer=waits.pointer,
        not_found=waits.not_found,
        not_found_answers=waits.not_found_answers,
        route=waits.route,
        base_url=str(getattr(client, "_base_url", "")),
        progress_of=progress_of if waits.progress_at is not None else None,
        kind_of=kind_of if kind else None,
        started_of=at(started) if started else None,
        finished_of=at(finished) if finished else None,
        bulk=bulk,
    )


class PackageTracker(ABC, Generic[M]):
    """Durable tracking of a package's processes (its `tracker` module's docstring).

    `store`: a URL (`sqlite:///path/to/track.db`, `postgresql://user@host:port/db`) or an open store;
    default `default_store()`. `policy`: the waiters' backoff per process (`PollPolicy`). `budget`: the name
    of the shared rate budget (default: this package and the client's host; give workers with other
    credentials on one store another name), or False for none. `lease`: seconds a worker holds the processes
    it claimed before another may take them over. `retention`: seconds acknowledged outcomes are kept.
    `on_outcome(outcome)` is called once by the worker that wrote each outcome.

    `push_sweep`: seconds; says that the provider's pushes are received into the store (the `push` module's receiver
    or queue drainer, where the provider pushes): a pushed process is confirmed by one read at once, and the others
    are read at most once per sweep while pushes keep arriving; when they stop, polling returns to its normal
    schedule (`asyncstatus_core.track_push`). None (the default): polling alone. ValueError for anything else than
    a positive number.

    `lag_per_request`: seconds of detection lag one request is worth. The tracker keeps, in the store, how
    long the processes it saw finish took, per process type (where the answer says it); once
    `asyncstatus_core.schedule.MIN_HISTORY` of a type have finished, their reads follow the schedule learned
    from them, which spends fewer requests per process the larger this is (until then, `policy`'s backoff).
    A bulk operation is read on one shared tick for every pending id.
    """

    SCOPE = ""  # the package's name: several packages' processes can share one store
    WAITS: StatusWaits[M]  # the package's waits: the spec's facts about its status operation

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A package's `Tracker` says its own facts first; what its keywords mean follows, for `help()` and the docs."""
        super().__init_subclass__(**kwargs)
        _, _, keywords = inspect.cleandoc(PackageTracker.__doc__ or "").partition("\n\n")
        cls.__doc__ = f"{inspect.cleandoc(cls.__doc__ or '')}\n\n{keywords}"
        add = cls.__dict__.get("add")
        if add is not None and not add.__doc__:  # the package's typed `add` says what every `add` does
            add.__doc__ = ADD_DOC

    def __init__(
        self,
        *,
        client: AuthenticatedClient | Client,
        store: str | Store | None = None,
        policy: PollPolicy | None = None,
        budget: str | bool = True,
        lease: float = 30.0,
        retention: float = DEFAULT_RETENTION,
        on_outcome: Callable[[Outcome], None] | None = None,
        lag_per_request: float = DEFAULT_LAG_PER_REQUEST,
        push_sweep: float | None = None,
    ) -> None:
        self.client = client
        interval = self.WAITS.interval
        policy = policy or (PollPolicy(initial=interval) if interval is not None else PollPolicy())
        if budget is True:
            base = getattr(client, "_base_url", "")
            budget_name: str | None = f"{self.SCOPE}@{urlsplit(str(base)).netloc.lower()}"
        else:
            budget_name = budget or None
        self.engine = TrackerEngine(
            self._provider(client),
            store=default_store() if store is None else store,
            policy=policy,
            budget_name=budget_name,
            lease=lease,
            retention=retention,
            on_outcome=on_outcome,
            lag_per_request=lag_per_request,
            push_sweep=push_sweep,
        )

    @abstractmethod
    def _provider(self, client: AuthenticatedClient | Client) -> Provider:
        """The package's processes as the engine reads them (`status_provider`)."""

    def _track(self, ids: Iterable[object], params: dict[str, Any], timeout: float | None, id_type: str) -> int:
        """`add` of the package: the ids stripped and checked (a ValueError naming an empty one, or one that is not
        an `id_type`, now rather than at every poll), then stored with the operation's other parameters."""
        checked = checked_ids(str(i) for i in ids)
        for text in checked:
            convert(text, id_type)
        return self.engine.add(checked, params, timeout=timeout)

    @property
    def store(self) -> Store:
        return self.engine.store

    def run(self, *, until_idle: bool = False, max_seconds: float | None = None) -> RunReport:
        """Poll due processes until stopped (`until_idle`: until none is unfinished); see `TrackerEngine.run`."""
        return self.engine.run(until_idle=until_idle, max_seconds=max_seconds)

    async def run_async(self, *, until_idle: bool = False, max_seconds: float | None = None) -> RunReport:
        """`run` in a worker thread, for asyncio programs."""
        return await self.engine.run_async(until_idle=until_idle, max_seconds=max_seconds)

    def stop(self) -> None:
        self.engine.stop()

    def outcomes(self, limit: int | None = None) -> list[Outcome]:
        """Outcomes not yet acknowledged, oldest first (returned again until `ack`)."""
        return self.engine.outcomes(limit)

    def ack(self, outcomes: Iterable[str | Outcome]) -> int:
        """Acknowledge outcomes (by id or Outcome): no longer returned, removed after `retention`."""
        return self.engine.ack(outcomes)

    def counts(self) -> dict[str, Any]:
        """Processes by state and lifecycle, the oldest unfinished, throughput, the shared budget."""
        return self.engine.counts()

    def close(self) -> None:
        self.engine.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
