"""`cli_package.PackageCli` is every generated `__main__` (issue 19): it finds the package's auth, waiters, tracker
and path rules by the package's name, reads the environment the package's `ENVIRONMENT` names, and runs `get`,
`wait` and `track` with the status operation's id and options."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest
from asyncstatus_core.cli_package import Option, PackageCli
from asyncstatus_core.params import PathRule
from asyncstatus_core.polling import Lifecycle

PACKAGE = "acme_cli_client"


class Status:
    def __init__(self, state: str) -> None:
        self.state = state

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state}


@pytest.fixture
def package(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A package of modules as `make generate` writes them, with the facts `PackageCli` reads."""
    seen: dict[str, Any] = {}

    def create_client(**keywords: Any) -> Any:
        seen["client"] = keywords

        class Client:
            async def __aenter__(self) -> Client:
                return self

            async def __aexit__(self, *exc: object) -> None:
                return None

        return Client()

    async def async_get_status(**keywords: Any) -> Status:
        seen.setdefault("gets", []).append({k: v for k, v in keywords.items() if k != "client"})
        return Status("DONE")

    modules: dict[str, dict[str, Any]] = {
        PACKAGE: {"__version__": "1.2.3"},
        f"{PACKAGE}.auth": {
            "ENVIRONMENT": {"client_id": "ACME_ID", "client_secret": "ACME_SECRET", "base_url": "ACME_URL"}
            | {"token_url": "ACME_TOKEN_URL"},
            "DEFAULT_BASE_URL": "https://api.acme.example",
            "DEFAULT_TOKEN_URL": "https://login.acme.example/token",
            "create_client": create_client,
        },
        f"{PACKAGE}.waiters": {
            "lifecycle": lambda s: Lifecycle.SUCCEEDED if s.state == "DONE" else Lifecycle.RUNNING,
            "progress": lambda s: None,
            "STATUS_POINTER": ("state",),
            "async_get_status": async_get_status,
            "_WAITS": types.SimpleNamespace(operation_id="getJob"),
        },
        f"{PACKAGE}.tracker": {"SCOPE": PACKAGE, "Tracker": object},
        f"{PACKAGE}._media": {"PATH_RULES": {"get_job": {"job_id": PathRule("job_id", "jobId", "integer")}}},
    }
    for name, attributes in modules.items():
        module = types.ModuleType(name)
        module.__dict__.update(attributes)
        monkeypatch.setitem(sys.modules, name, module)
    yield seen


def test_the_environment_and_the_client_come_from_the_packages_auth(package: dict[str, Any]) -> None:
    cli = PackageCli(PACKAGE, "Acme jobs", "get_job", "job_id", "int", [Option("account", "--account", "str", "acct")])
    assert cli.environment.credentials == {"client_id": "ACME_ID", "client_secret": "ACME_SECRET"}
    assert cli.environment.optional == {"ACME_TOKEN_URL": "https://login.acme.example/token"}
    assert cli.prog == "python -m acme_cli_client" and cli.track.scope == PACKAGE and cli.track.options == ("account",)
    with pytest.raises(ValueError, match="is not int"):
        cli.track.check_id("-1x")
    cli.track.check_id("12")  # an id the path rule allows


def test_get_reads_each_id_with_the_options_and_exits_by_outcome(
    package: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = PackageCli(PACKAGE, "Acme jobs", "get_job", "job_id", "int", [Option("account", "--account", "str", "acct")])
    monkeypatch.setenv("ACME_ID", "me")
    monkeypatch.setenv("ACME_SECRET", "s3cret")
    assert cli.main(["get", "7", "8", "--account", "a1", "--json"]) == 0
    assert package["client"] == {
        "client_id": "me",
        "client_secret": "s3cret",
        "base_url": "https://api.acme.example",
        "token_url": "https://login.acme.example/token",
    }
    assert package["gets"] == [
        {"account": "a1", "job_id": 7, "timeout": 30.0},
        {"account": "a1", "job_id": 8, "timeout": 30.0},
    ]
    assert "s3cret" not in capsys.readouterr().out
    monkeypatch.delenv("ACME_SECRET")
    assert cli.main(["get", "7", "--account", "a1"]) == 2  # a missing credential: a usage error, no request
    assert "ACME_SECRET" in capsys.readouterr().err


def test_a_refused_id_or_a_missing_option_is_a_usage_error(package: dict[str, Any]) -> None:
    cli = PackageCli(PACKAGE, "Acme jobs", "get_job", "job_id", "int", [Option("account", "--account", "str", "acct")])
    with pytest.raises(SystemExit) as refused:
        cli.main(["get", "x", "--account", "a1"])
    with pytest.raises(SystemExit) as missing:
        cli.main(["get", "7"])
    assert refused.value.code == missing.value.code == 2 and "gets" not in package


def test_the_packages_own_commands_are_added_and_run(package: dict[str, Any]) -> None:
    ran: list[str] = []

    def extend(subparsers: Any, epilog: str) -> None:
        subparsers.add_parser("receive").add_argument("--port", type=int, default=1)

    def receive(args: Any) -> int:
        ran.append(json.dumps({"port": args.port}))
        return 0

    cli = PackageCli(PACKAGE, "Acme jobs", "get_job", "job_id", "int")
    assert not cli.track.pushes
    cli.add_push(extend, {"receive": receive})
    assert cli.main(["receive", "--port", "9"]) == 0 and ran == ['{"port": 9}']
    assert cli.track.pushes  # `track run --push-sweep` applies
