"""The docstrings of a generated package's modules that say the same for every provider, written once here and
rendered with the package's facts (its name, title, variables, example ids): the generated module sets its
`__doc__` from them, so `help()` and the offline docs (pdoc) show them as before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["errors", "package", "tracker"]

_ERRORS = """Every exception this package raises, and what each means: one family, `SDKError`, whatever a call, a wait,
a tracker or the command line runs into (httpx's own exceptions never reach you; the original is `__cause__`).

    from PACKAGE import create_client_from_env, errors

    try:
        with create_client_from_env() as client:
            ...
    except errors.APIConnectionError as e:  # no usable answer: e.host, e.url (redacted), e.which ("API"/"token")
        print("cannot reach", e.host)
    except errors.SDKError as e:  # anything else; `except asyncstatus_core.SDKError` for every provider at once
        print(e)

The family (the classes are asyncstatus-core's, `asyncstatus_core.errors`, shared by every provider's package):

    SDKError
    ├── APIConnectionError        no usable answer: refused, reset, DNS, protocol (`url`, `host`, `which`)
    │   ├── APITimeoutError       a timeout or the deadline passed (also a `TimeoutError`)
    │   ├── TLSError              the TLS handshake or certificate check failed
    │   └── TokenEndpointUnavailable   the token endpoint answered 429 or 5xx (a passing condition)
    ├── InvalidURL                a URL the SDK can never speak (also a `ValueError`)
    ├── InvalidParameter          a value the spec's parameter schema refuses, or an empty id (also a `ValueError`)
    ├── TooManyRedirects          a redirect loop (only with follow_redirects)
    ├── BodyTooLarge              the answer passed the client's `max_body_size` (`limit`, `url`)
    ├── AuthenticationError       the token endpoint refused the credentials, or sent no token
    ├── UnexpectedStatus, UnexpectedResponse, MissingField (an `AttributeError`)   about an answer
    ├── WaitError                 a wait that ended without a terminal status
    │   └── WaitTimeout (a `TimeoutError`), ProcessNotFound, AuthenticationFailed, UnexpectedAnswer
    └── StoreError                the tracker's store cannot be used

`create_client_from_env()` raises `auth.MissingEnvironmentVariable` (an `SDKError` and a `LookupError`) for a
required variable that is unset.
"""


def errors(package: str) -> str:
    """The docstring of `<package>.errors`."""
    return _ERRORS.replace("PACKAGE", package)


def package(
    name: str,
    title: str,
    environment: Sequence[str],
    example: Mapping[str, object],
    *,
    operation: str = "",
    extras: Sequence[str] = (),
) -> str:
    """The docstring of the package `name` (its `__init__`): what it is for, an example, and where to go next.

    `environment`: the variables `create_client_from_env` reads; `example`: the keywords of the example call
    (the ids of the status operation); `operation`: without a waiter, the example's operation module
    (`api.<tag>.<module>`); `extras`: which of "waiters", "pages", "csv", "cli" the package has."""
    reads = ", ".join(environment)
    keywords = "".join(f"{key}={value!r}, " for key, value in example.items())
    if "waiters" in extras:
        lines = [
            f"    from {name}.waiters import lifecycle, wait_until_done",
            "",
            f"    with create_client_from_env() as client:  # reads {reads} if set",
            f"        final = wait_until_done(client=client, {keywords}timeout=300)",
            "    print(lifecycle(final))  # Lifecycle.SUCCEEDED, FAILED, ...",
        ]
    else:
        module, _, function = operation.rpartition(".")
        arguments = "".join(f", {key}={value!r}" for key, value in example.items())
        lines = [
            f"    from {name}.{module} import {function}",
            "",
            f"    with create_client_from_env() as client:  # reads {reads} if set",
            f"        answer = {function}.sync_detailed(client=client{arguments})",
            "    print(answer.status_code, answer.parsed)",
        ]
    then = []
    if "waiters" in extras:
        then += [
            f"- `{name}.waiters`: wait for a process to finish (`wait_until_done`), or ask once (`get_status`);",
            f"- `{name}.tracker`: track many processes durably, across restarts and workers (`Tracker`);",
        ]
    then += [
        f"- `{name}.errors`: every exception the package raises, one `SDKError` family;",
        f"- `{name}.api`: every operation of the spec, a module each (`sync`, `sync_detailed`, `asyncio`,",
        f"  `asyncio_detailed`), and `{name}.models`, the typed answers;",
    ]
    if "pages" in extras:
        then.append(f"- `{name}.pages`: every item of the paged listings, one page at a time;")
    if "csv" in extras:
        then.append(f"- `{name}.csv`: the CSV answers, parsed into the same models;")
    if "cli" in extras:
        then.append(f"- `python -m {name} --help`: the same from the command line.")
    return "\n".join(
        [
            f"A client library for {title}.",
            "",
            f"    from {name} import create_client_from_env",
            *lines,
            "",
            "A client comes from `create_client_from_env()` or `create_client(...)` (credentials, base URL and limits",
            "as keywords). Then:",
            "",
            *then,
            "",
            "What the SDK logs (polls, retries, throttling, token renewals; never a secret) goes to asyncstatus-core's",
            'logger, silent until the application configures logging: `logging.getLogger("asyncstatus_core")`.',
            "",
        ]
    )


_TRACKER = """Track many TITLE processes durably: in a store that survives restarts, polled by any
number of workers under one shared rate budget, each process ending with exactly one outcome.

    from PACKAGE import create_client_from_env
    from PACKAGE.tracker import Tracker

    with create_client_from_env() as client, Tracker(client=client, store="sqlite:///track.db") as tracker:
        tracker.add(ADD)  # durable when it returns
        tracker.run(until_idle=True)  # in as many worker processes as you like
        for outcome in tracker.outcomes():  # at least once, until acknowledged
            print(outcome.id, outcome.lifecycle, outcome.status)
            tracker.ack([outcome])

The store is a URL: `sqlite:///path.db` (one machine) or `postgresql://user@host:5432/db` (many); its default
is `$ASYNCSTATUS_STORE`, else `./asyncstatus-track.db`. The command line does the same:
`python -m PACKAGE track add|run|status|outcomes`. A store that cannot be used raises
`StoreError` (an `errors.SDKError`). To wait for a few processes in one program, the `waiters` are enough.
The engine is `asyncstatus_core.tracker`, the stores `asyncstatus_core.track_store`, the shared budget
`asyncstatus_core.track_budget`.
"""


def tracker(package: str, title: str, ids: Sequence[object], params: Mapping[str, object]) -> str:
    """The docstring of `<package>.tracker`: `ids` and `params` are the example's `add` arguments."""
    add = ", ".join([repr(list(ids)), *(f"{key}={value!r}" for key, value in params.items())])
    return _TRACKER.replace("TITLE", title).replace("PACKAGE", package).replace("ADD", add)
