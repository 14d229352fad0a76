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
    assert display.line() == "[######----] 3/5 done  12s  c: succeeded (DONE)"
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
    async def wait_many(on_progress: Any, on_retry: Any) -> dict[str, Model]:
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
