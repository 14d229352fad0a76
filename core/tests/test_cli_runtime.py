"""The generic half of the `wait` command (`asyncstatus_core.cli`, the same for every package; no package
needed): exit-code priority, parameter conversion, the environment, outcomes of errors,
the progress display and the JSON report."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from typing import Any

import pytest
from asyncstatus_core import cli as _cli
from asyncstatus_core.auth import AuthenticationError
from asyncstatus_core.polling import (
    AuthenticationFailed,
    Lifecycle,
    ProcessNotFound,
    UnexpectedAnswer,
    WaitTimeout,
)

ENV = _cli.Environment(
    credentials={"client_id": "X_CLIENT_ID", "client_secret": "X_CLIENT_SECRET"},
    base_url="X_BASE_URL",
    default_base_url="https://api.example/base",
    optional={"X_TOKEN_URL": "https://login.example/token"},
)


def outcome(lifecycle: str) -> _cli.Outcome:
    return _cli.Outcome("1", lifecycle)


@pytest.mark.parametrize(
    ("lifecycles", "code"),
    [
        ([], 0),
        (["succeeded", "succeeded"], 0),
        (["succeeded", "failed"], 1),
        (["cancelled"], 1),
        (["error"], 1),
        (["timeout"], 3),
        (["needs-action", "timeout"], 4),
        (["not-found", "expired", "timeout"], 5),
        (["timeout", "failed", "needs-action", "not-found"], 1),
        (["failed", "auth-refused"], 6),
    ],
)
def test_exit_code_takes_the_highest_priority(lifecycles: list[str], code: int) -> None:
    assert _cli.exit_code(outcome(lc) for lc in lifecycles) == code


def test_convert_tries_each_alternative() -> None:
    assert _cli.convert("42", "int | UUID") == 42
    ident = uuid.uuid4()
    assert _cli.convert(str(ident), "int | UUID") == ident
    assert _cli.convert("abc", "str") == "abc"
    with pytest.raises(ValueError, match="int or UUID"):
        _cli.convert("nope", "int | UUID")


def test_environment_names_every_missing_variable_and_no_value() -> None:
    with pytest.raises(_cli.ConfigError) as error:
        ENV.read({"X_CLIENT_SECRET": "s3cret-value"})
    assert "X_CLIENT_ID" in str(error.value) and "s3cret-value" not in str(error.value)
    with pytest.raises(_cli.ConfigError, match="X_CLIENT_ID, X_CLIENT_SECRET"):
        ENV.read({"X_CLIENT_ID": "", "X_BASE_URL": "https://other"})


def test_environment_defaults_and_overrides() -> None:
    settings = ENV.read({"X_CLIENT_ID": "id", "X_CLIENT_SECRET": "secret"})
    assert settings.credentials == {"client_id": "id", "client_secret": "secret"}
    assert settings.base_url == "https://api.example/base"
    assert settings.optional == {"X_TOKEN_URL": "https://login.example/token"}
    assert "secret" not in repr(settings)
    env = {"X_CLIENT_ID": "id", "X_CLIENT_SECRET": "secret", "X_BASE_URL": "https://env", "X_TOKEN_URL": "https://t"}
    assert ENV.read(env).base_url == "https://env"
    assert ENV.read(env, base_url="https://flag").base_url == "https://flag"
    assert ENV.read(env).optional == {"X_TOKEN_URL": "https://t"}


@pytest.mark.parametrize(
    ("error", "lifecycle"),
    [
        (WaitTimeout("late"), "timeout"),
        (ProcessNotFound("gone", expired=True), "expired"),
        (ProcessNotFound("none", expired=False), "not-found"),
        (AuthenticationFailed("no", status_code=401), "auth-refused"),
        (AuthenticationError("token refused"), "auth-refused"),
        (UnexpectedAnswer("odd", status_code=400, parsed=None), "error"),
        (RuntimeError("boom"), "error"),
    ],
)
def test_errors_become_outcomes(error: Exception, lifecycle: str) -> None:
    result = _cli.outcome_of_error("7", error)
    assert (result.id, result.lifecycle) == ("7", lifecycle)
    assert result.to_json() == {"id": "7", "lifecycle": lifecycle, "error": result.error}


class Model:
    def __init__(self, status: str, percent: float | None = None) -> None:
        self.status = status
        self.percent = percent

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "percent": self.percent}


STATES = {"PENDING": Lifecycle.PENDING, "RUNNING": Lifecycle.RUNNING, "DONE": Lifecycle.SUCCEEDED}
READER: _cli.Reader[Model] = _cli.Reader(lambda m: STATES[m.status], lambda m: m.percent, ("status",))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_display_without_a_terminal_writes_one_line_per_change() -> None:
    stream, clock = io.StringIO(), Clock()
    display = _cli.Display(["a"], stream, tty=False, clock=clock)
    display.seen("a", Lifecycle.PENDING, "PENDING", None)
    display.seen("a", Lifecycle.PENDING, "PENDING", None)  # unchanged: not repeated
    clock.now += 2.5
    display.seen("a", Lifecycle.RUNNING, "RUNNING", 40.0)
    display.seen("a", Lifecycle.SUCCEEDED, "DONE", 100.0)  # terminal: left to finish()
    display.finish(READER.outcome("a", Model("DONE", 100.0)))
    display.close()
    assert stream.getvalue().splitlines() == [
        "[   0.0s] a: PENDING (pending)",
        "[   2.5s] a: RUNNING 40% (running)",
        "[   2.5s] a: succeeded (DONE)",
    ]


def test_display_on_a_terminal_redraws_one_bar() -> None:
    stream, clock = io.StringIO(), Clock()
    display = _cli.Display(["a", "b", "c", "d", "e"], stream, tty=True, clock=clock, width=10)
    for ident in "abc":
        display.finish(_cli.Outcome(ident, "succeeded", status="DONE"))
    clock.now += 12
    display.draw()
    assert display.line() == (
        "[######----] 3/5 finished  12s  2 waiting, 3 succeeded  slowest: d (waiting 12s), e (waiting 12s)"
        "  c: succeeded (DONE)"
    )
    display.close()
    text = stream.getvalue()
    assert text.count("\r") == 4 and "\n" not in text.rstrip("\n") and text.endswith("\n")


def test_display_of_one_id_shows_its_percentage() -> None:
    display = _cli.Display(["a"], io.StringIO(), tty=True, clock=Clock(), width=10)
    display.seen("a", Lifecycle.RUNNING, "RUNNING", 50.0)
    assert display.line().startswith("[#####-----]  50%  0s  a: RUNNING 50%")


def test_quiet_display_writes_nothing() -> None:
    stream = io.StringIO()
    display = _cli.Display(["a"], stream, quiet=True, tty=True)
    display.seen("a", Lifecycle.RUNNING, "RUNNING", 50.0)
    display.finish(_cli.Outcome("a", "succeeded"))
    display.close()
    assert stream.getvalue() == ""


def test_wait_each_keeps_the_order_and_maps_errors() -> None:
    async def wait_one(ident: str, on_progress: Any, on_retry: Any) -> Model:
        await asyncio.sleep(0.01 if ident == "a" else 0)
        if ident == "late":
            raise WaitTimeout("late", last=Model("RUNNING"), lifecycle=Lifecycle.RUNNING)
        on_progress(Model("RUNNING", 50.0), Lifecycle.RUNNING)
        return Model("DONE", 100.0)

    display = _cli.Display(["a", "late", "b"], io.StringIO(), tty=False)
    outcomes = asyncio.run(_cli.wait_each(["a", "late", "b"], wait_one, READER, display))
    assert [(o.id, o.lifecycle, o.status) for o in outcomes] == [
        ("a", "succeeded", "DONE"),
        ("late", "timeout", "RUNNING"),
        ("b", "succeeded", "DONE"),
    ]
    assert _cli.exit_code(outcomes) == 3


def test_wait_bulk_reports_finished_and_expired_ids() -> None:
    async def wait_many(on_progress: Any, on_retry: Any, on_status: Any) -> dict[str, Model]:
        on_progress({"a": Model("DONE")}, 3)
        raise ProcessNotFound("gone", expired=True, ids=("b",), found={"a": Model("DONE"), "c": Model("DONE")})

    display = _cli.Display(["a", "b", "c"], io.StringIO(), tty=False)
    outcomes = asyncio.run(_cli.wait_bulk(["a", "b", "c"], wait_many, READER, display))
    assert [(o.id, o.lifecycle) for o in outcomes] == [("a", "succeeded"), ("b", "expired"), ("c", "succeeded")]


def test_json_report_is_one_document() -> None:
    out = io.StringIO()
    outcomes = [READER.outcome("a", Model("DONE")), _cli.Outcome("b", "timeout", error="late")]
    _cli.report(outcomes, as_json=True, stdout=out)
    assert json.loads(out.getvalue()) == {
        "results": [
            {"id": "a", "lifecycle": "succeeded", "status": "DONE", "answer": {"status": "DONE", "percent": None}},
            {"id": "b", "lifecycle": "timeout", "error": "late"},
        ]
    }


def test_main_exits_2_before_any_request_when_variables_are_missing() -> None:
    called: list[object] = []

    async def run(settings: _cli.Settings, display: _cli.Display) -> list[_cli.Outcome]:
        called.append(settings)
        return []

    err = io.StringIO()
    code = _cli.main(run, environment=ENV, base_url=None, ids=["1"], quiet=True, as_json=True, environ={}, stderr=err)
    assert code == 2 and called == []
    assert "X_CLIENT_ID, X_CLIENT_SECRET" in err.getvalue()


def test_add_command_adds_a_subcommand_beside_wait_and_get() -> None:
    top, commands = _cli.parser(
        prog="prog",
        description="d",
        environment=_cli.Environment(
            credentials={"token": "X_TOKEN"}, base_url="X_BASE_URL", default_base_url="https://x.test"
        ),
        id_metavar="ID",
        id_annotation="str",
        version="1.2.3",
    )
    assert set(commands) == {"wait", "get"}
    extra = _cli.add_command(top, "track", help="track processes")
    extra.add_argument("ids", nargs="+")
    args = top.parse_args(["track", "a", "b"])
    assert (args.command, args.ids) == ("track", ["a", "b"])


def test_many_ids_show_how_many_stand_in_each_state_and_the_slowest() -> None:
    # was: "[----] 0/4 done 22s" for 22 s, never a state
    clock = Clock()
    display = _cli.Display(["a", "b", "c", "d"], io.StringIO(), tty=True, clock=clock, width=4)
    display.seen("a", Lifecycle.PENDING, "PENDING", None)
    display.seen("b", Lifecycle.PENDING, "PENDING", None)
    clock.now += 5
    display.seen("c", Lifecycle.RUNNING, "RUNNING", None)
    display.seen("b", Lifecycle.RUNNING, "RUNNING", None)
    clock.now += 17
    line = display.line()
    assert line.startswith("[----] 0/4 finished  22s  1 waiting, 1 pending, 2 running  ")
    assert "slowest: a (pending 22s), d (waiting 22s)" in line


def test_a_bulk_wait_shows_the_states_of_unfinished_ids() -> None:
    async def wait_many(on_progress: Any, on_retry: Any, on_status: Any) -> dict[str, Model]:
        on_status("a", Model("RUNNING"), Lifecycle.RUNNING)
        on_status("b", Model("PENDING"), Lifecycle.PENDING)
        seen.append(display.line())
        return {"a": Model("DONE"), "b": Model("DONE")}

    seen: list[str] = []
    display = _cli.Display(["a", "b"], io.StringIO(), tty=True, clock=Clock(), width=4)
    asyncio.run(_cli.wait_bulk(["a", "b"], wait_many, READER, display))
    assert "1 pending, 1 running" in seen[0]


def test_a_timed_out_id_does_not_read_as_done() -> None:
    # was: "[####] 1/1 done" above "not finished within 12s"
    display = _cli.Display(["a"], io.StringIO(), tty=True, clock=Clock(), width=4)
    display.seen("a", Lifecycle.RUNNING, "RUNNING", None)
    display.finish(_cli.Outcome("a", "timeout", status="RUNNING", error="late"))
    assert display.line().startswith("[----] 0/1 finished  0s  1 timeout")


def test_an_interrupted_id_is_one_word() -> None:
    # was: "b: interrupted: interrupted before it finished"
    display = _cli.Display(["a", "b", "c"], io.StringIO(), tty=False)
    display.finish(_cli.Outcome("a", "succeeded", status="DONE"))
    display.seen("b", Lifecycle.PENDING, "PENDING", None)
    assert [o.describe() for o in display.so_far()] == [
        "a: succeeded (DONE)",
        "b: interrupted (PENDING)",
        "c: interrupted",
    ]


def test_a_timeout_says_how_long_the_wait_really_took() -> None:
    # was: "not finished within 12s" after 7 s (the next poll would have passed the deadline)
    from asyncstatus_core.polling import Deadline

    clock = Clock()
    deadline = Deadline("getX('1')", 12, clock)
    clock.now += 7
    with pytest.raises(WaitTimeout) as raised:
        deadline.check(6.0, "the next poll would fall after the deadline")
    assert "getX('1'): not finished after 7.0s of the 12s timeout (no status read yet)" in str(raised.value)


def test_main_names_the_default_urls_and_a_mistyped_variable_once_on_stderr() -> None:
    # was: a mistyped X_BASE_ULR fell back to production in silence; the first line was a DNS error
    async def run(settings: _cli.Settings, display: _cli.Display) -> list[_cli.Outcome]:
        return [_cli.Outcome("1", "succeeded")]

    environ = {"X_CLIENT_ID": "id", "X_CLIENT_SECRET": "s3cret", "X_BASE_ULR": "http://127.0.0.1:1/base"}
    err, out = io.StringIO(), io.StringIO()
    code = _cli.main(
        run,
        environment=ENV,
        base_url=None,
        ids=["1"],
        quiet=True,
        as_json=False,
        environ=environ,
        stdout=out,
        stderr=err,
    )
    assert code == 0
    assert err.getvalue().splitlines() == [
        "note: using the default server https://api.example/base (X_BASE_URL is not set)",
        "note: using the default token URL https://login.example/token (X_TOKEN_URL is not set)",
        "note: X_BASE_ULR is set but not read; did you mean X_BASE_URL?",
    ]
    set_all = {**environ, "X_BASE_URL": "http://127.0.0.1:1/base", "X_TOKEN_URL": "http://127.0.0.1:1/token"}
    del set_all["X_BASE_ULR"]
    quiet = io.StringIO()
    _cli.main(
        run,
        environment=ENV,
        base_url=None,
        ids=["1"],
        quiet=True,
        as_json=False,
        environ=set_all,
        stdout=io.StringIO(),
        stderr=quiet,
    )
    assert quiet.getvalue() == ""


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_main_ends_quietly_when_stdout_is_closed_early() -> None:
    # was: a BrokenPipeError traceback under `... | head -3`
    async def run(settings: _cli.Settings, display: _cli.Display) -> list[_cli.Outcome]:
        return [_cli.Outcome("1", "failed")]

    environ = {"X_CLIENT_ID": "id", "X_CLIENT_SECRET": "s", "X_BASE_URL": "http://h/x", "X_TOKEN_URL": "http://h/t"}
    code = _cli.main(
        run,
        environment=ENV,
        base_url=None,
        ids=["1"],
        quiet=True,
        as_json=False,
        environ=environ,
        stdout=ClosedPipe(),
        stderr=io.StringIO(),
    )
    assert code == 1  # the outcomes' code: the wait did end, only its report was cut short
