"""How each wait of `python -m <package> wait` ended, and the exit code the command returns.

Part of asyncstatus-core, the runtime every generated package depends on (see `cli.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from .errors import AuthenticationError, SDKError
from .polling import AuthenticationFailed, Lifecycle, ProcessNotFound, WaitTimeout, dig

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_TIMEOUT = 3
EXIT_NEEDS_ACTION = 4
EXIT_NOT_FOUND = 5
EXIT_AUTH = 6
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C

# The exit code of each outcome's lifecycle word.
CODES: dict[str, int] = {
    Lifecycle.SUCCEEDED.value: EXIT_OK,
    Lifecycle.FAILED.value: EXIT_FAILED,
    Lifecycle.CANCELLED.value: EXIT_FAILED,
    "error": EXIT_FAILED,  # an answer the waiter cannot act on (e.g. 400)
    Lifecycle.NEEDS_ACTION.value: EXIT_NEEDS_ACTION,
    "timeout": EXIT_TIMEOUT,
    "not-found": EXIT_NOT_FOUND,
    "expired": EXIT_NOT_FOUND,
    "auth-refused": EXIT_AUTH,
    "interrupted": EXIT_INTERRUPTED,
}
# The outcomes that are not a status read (`get` exits 0 whatever status it read, else by these).
ERRORS = frozenset({"error", "timeout", "not-found", "expired", "auth-refused", "interrupted"})
# When outcomes mix, the first of these present wins: refused credentials make every other result
# meaningless; a definite failure beats a process waiting for someone; a missing record beats a
# timeout (waiting longer might help a timeout, never the others).
PRIORITY: tuple[int, ...] = (EXIT_AUTH, EXIT_FAILED, EXIT_NEEDS_ACTION, EXIT_NOT_FOUND, EXIT_TIMEOUT)

EXIT_CODES_HELP = """\
exit codes:
  0  every process succeeded
  1  a process failed or was cancelled, or an answer could not be used (e.g. 400, or a 404 for a
     path the server has no route for: check the base URL)
  2  usage or configuration error (bad arguments, an id the spec refuses, a missing environment
     variable), before any request
  3  the timeout passed before a process finished
  4  a process needs action (stopped until someone acts, e.g. SUSPENDED)
  5  a process was not found (unknown id, or its record expired)
  6  the credentials were refused
  130  interrupted (Ctrl-C); the results so far are printed
  when outcomes mix, the first present of 6, 1, 4, 5, 3 is the exit code
  `get` exits 0 when every status was read, whatever it is, else as above"""


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)


@dataclass
class Outcome:
    """How the wait for one id ended."""

    id: str
    lifecycle: str  # a Lifecycle value, or timeout | not-found | expired | auth-refused | error
    status: Any = None  # the raw status value of the last answer seen
    answer: dict[str, Any] | None = None  # the last answer (to_dict()) when the process finished
    error: str | None = None
    progress: float | None = None

    @property
    def code(self) -> int:
        return CODES.get(self.lifecycle, EXIT_FAILED)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "lifecycle": self.lifecycle}
        if self.status is not None:
            out["status"] = self.status
        if self.answer is not None:
            out["answer"] = self.answer
        if self.error is not None:
            out["error"] = self.error
        return out

    def describe(self) -> str:
        status = f" ({self.status})" if self.status is not None and self.status != self.lifecycle else ""
        error = f": {self.error}" if self.error else ""
        return f"{self.id}: {self.lifecycle}{status}{error}"


def exit_code(outcomes: Iterable[Outcome]) -> int:
    """0 when every outcome succeeded, else the code of the highest-priority outcome present."""
    codes = {o.code for o in outcomes}
    if EXIT_INTERRUPTED in codes:
        return EXIT_INTERRUPTED
    return next((code for code in PRIORITY if code in codes), EXIT_OK)


def get_exit_code(outcomes: Iterable[Outcome]) -> int:
    """`get`: 0 when every status was read (running, failed or any), else by the errors as `exit_code`."""
    return exit_code(o for o in outcomes if o.lifecycle in ERRORS)


@dataclass(frozen=True)
class Reader(Generic[M]):
    """What the command reads from a status model, given by the package's `waiters` module."""

    lifecycle: Callable[[M], Lifecycle]
    progress: Callable[[M], float | None]
    pointer: tuple[str, ...]

    def status(self, model: M) -> Any:
        return dig(model.to_dict(), self.pointer)

    def outcome(self, ident: str, model: M) -> Outcome:
        return Outcome(
            ident,
            self.lifecycle(model).value,
            status=self.status(model),
            answer=model.to_dict(),
            progress=self.progress(model),
        )


def outcome_of_error(ident: str, error: BaseException, reader: Reader[Any] | None = None) -> Outcome:
    """The outcome of a wait that raised instead of returning a terminal status."""
    message = str(error)
    if isinstance(error, WaitTimeout):
        last = error.last
        status = reader.status(last) if reader is not None and last is not None else None
        return Outcome(ident, "timeout", status=status, error=message)
    if isinstance(error, ProcessNotFound):
        return Outcome(ident, "expired" if error.expired else "not-found", error=message)
    if isinstance(error, AuthenticationFailed | AuthenticationError):
        return Outcome(ident, "auth-refused", error=message)
    if isinstance(error, SDKError):  # the package's own errors say what and where (host, API or token URL)
        return Outcome(ident, "error", error=message)
    return Outcome(ident, "error", error=f"{type(error).__name__}: {message}")
