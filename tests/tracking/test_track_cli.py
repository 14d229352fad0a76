"""`python -m <package> track ...` as a user runs it: subprocesses with the documented environment against
a running mock. Ids from arguments and from stdin, idempotent adds, a worker until idle, outcomes as JSON
Lines acknowledged once, status counts, the store from `--store`, `$ASYNCSTATUS_STORE` or the working
directory, and clear errors (exit 2) for bad ids, unknown store schemes and missing credentials."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from mocks.server import RunningMock, serve
from providers import CORE_SRC, PROVIDERS
from sdk.test_cli_against_mocks import secrets, variables
from sdk.test_sdk_against_mocks import client_for
from tracking.support import create

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as mock:
        yield mock


def track(
    key: str,
    args: Sequence[str],
    env: dict[str, str] | None = None,
    stdin: str = "",
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([*(str(p) for p in sorted((ROOT / "generated" / "clients").glob("*"))), str(CORE_SRC)])
    environ = {k: v for k, v in os.environ.items() if k != "ASYNCSTATUS_STORE"}
    environ |= {"PYTHONPATH": path, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", PROVIDERS[key].package, "track", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        cwd=cwd or ROOT,
        timeout=120,
        check=False,
    )


def test_track_add_run_outcomes_status(bol: RunningMock, tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'track.db'}"
    done = [p["process_status_id"] for p in create(bol, "SUCCESS", 2, count=300)]
    failed = [p["process_status_id"] for p in create(bol, "FAILURE", 3, count=20)]
    env = variables(bol)
    added = track("bol", ["add", "--store", store, "-"], stdin="\n".join(done) + "\n\n")
    assert added.returncode == 0, added.stderr
    assert "tracking 300 new of 300 ids" in added.stderr
    again = track("bol", ["add", "--store", store, *failed, done[0]])
    assert "tracking 20 new of 21 ids" in again.stderr  # done[0] was tracked already

    run = track("bol", ["run", "--store", store, "--until-idle", "--interval", "0.05"], env)
    assert run.returncode == 0, run.stderr
    assert "tracked 320: 0 unfinished; failed 20, succeeded 300" in run.stderr  # plain lines: not a TTY

    status = track("bol", ["status", "--store", store, "--json"])
    counts = json.loads(status.stdout)
    assert (counts["finished"], counts["unfinished"]) == (320, 0)
    assert counts["lifecycles"] == {"failed": 20, "succeeded": 300}

    listed = track("bol", ["outcomes", "--store", store, "--json", "--ack"])
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {line["id"]: (line["lifecycle"], line["status"]) for line in lines} == {
        **{i: ("succeeded", "SUCCESS") for i in done},
        **{i: ("failed", "FAILURE") for i in failed},
    }
    assert {line["polls"] for line in lines if line["id"] in failed} == {3}
    assert track("bol", ["outcomes", "--store", store, "--json"]).stdout == ""  # acknowledged: not again
    text = track("bol", ["status", "--store", store]).stdout
    assert "acknowledged: 320" in text and "oldest unfinished: none" in text
    for secret in secrets(bol):
        assert secret not in run.stdout + run.stderr


def test_the_operations_other_parameters_are_options_of_add(tmp_path: Path) -> None:
    with serve("activeplatform") as mock:
        created = create(mock, "completed", 2, count=4)
        store = f"sqlite:///{tmp_path / 'track.db'}"
        reseller = str(created[0]["reseller_id"])
        ids = [str(p["async_task_id"]) for p in created]
        missing = track("activeplatform", ["add", "--store", store, *ids])
        assert missing.returncode == 2 and "--reseller-id" in missing.stderr
        assert track("activeplatform", ["add", "--store", store, "--reseller-id", reseller, *ids]).returncode == 0
        run = track("activeplatform", ["run", "--store", store, "--until-idle", "--quiet"], variables(mock))
        assert run.returncode == 0, run.stderr
        listed = track("activeplatform", ["outcomes", "--store", store])
    assert sorted(line.split(":")[0] for line in listed.stdout.splitlines()) == sorted(ids)
    assert all("succeeded (completed), 2 polls" in line for line in listed.stdout.splitlines())


def test_the_store_comes_from_the_environment_else_the_working_directory(tmp_path: Path) -> None:
    named = tmp_path / "named.db"
    assert track("bol", ["add", "123"], env={"ASYNCSTATUS_STORE": f"sqlite:///{named}"}).returncode == 0
    assert named.exists()
    assert track("bol", ["add", "123"], cwd=tmp_path).returncode == 0
    assert (tmp_path / "asyncstatus-track.db").exists()


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    bad_id = track("realtimeregister", ["add", "--store", f"sqlite:///{tmp_path / 't.db'}", "12", "not-a-number"])
    assert bad_id.returncode == 2 and "argument 2: 'not-a-number'" in bad_id.stderr
    scheme = track("bol", ["status", "--store", "mongodb://admin:pa55word@db:27017/x"])
    assert scheme.returncode == 2 and "unknown scheme 'mongodb'" in scheme.stderr
    assert "pa55word" not in scheme.stderr and "Traceback" not in scheme.stderr
    unreachable = track("bol", ["status", "--store", "postgresql://me:pa55word@127.0.0.1:1/x"])
    assert unreachable.returncode == 2 and "cannot connect" in unreachable.stderr
    assert "pa55word" not in unreachable.stderr and "Traceback" not in unreachable.stderr
    newer = tmp_path / "newer.db"
    assert track("bol", ["add", "--store", f"sqlite:///{newer}", "1"]).returncode == 0
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE asyncstatus_meta SET value = '999' WHERE key = 'schema'")
    refused = track("bol", ["outcomes", "--store", f"sqlite:///{newer}"])
    assert refused.returncode == 2 and "schema 999" in refused.stderr and "upgrade" in refused.stderr
    no_creds = track("bol", ["run", "--store", f"sqlite:///{tmp_path / 't.db'}"], env={"BOL_CLIENT_ID": ""})
    assert no_creds.returncode == 2 and "BOL_CLIENT_ID" in no_creds.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_track_run_on_a_terminal_redraws_one_line(bol: RunningMock, tmp_path: Path) -> None:
    """On a TTY the progress is one line redrawn in place (`\\r`): tracked, finished by lifecycle, requests,
    throttled, rate; `--until-idle` ends it with a newline."""
    import argparse
    import importlib

    main = importlib.import_module("bol_process_status_client.__main__")
    store = f"sqlite:///{tmp_path / 'track.db'}"
    ids = [p["process_status_id"] for p in create(bol, "SUCCESS", 1, count=3)]
    args = argparse.Namespace(
        track_command="run", store=store, until_idle=True, interval=0.05, base_url=None, quiet=False
    )
    screen = _Terminal()
    tracker = main.tracker.Tracker(client=client_for(bol), store=store)
    tracker.add(ids)
    tracker.close()
    # The package's own command, with a tracker on this test's client (no credentials from the environment).
    command = dataclasses.replace(
        main.TRACK, tracker=lambda a, url: main.tracker.Tracker(client=client_for(bol), store=url)
    )
    assert importlib.import_module("asyncstatus_core.cli_track").main(args, command, stderr=screen) == 0
    shown = screen.getvalue()
    assert shown.startswith("\r") and shown.endswith("\n")
    assert "tracked 3: 0 unfinished; succeeded 3; requests 1, throttled 0" in shown


def test_track_help_lists_the_store_variable_and_tracks_own_exit_codes() -> None:
    # `track`'s codes, not `wait`'s ("0 every process succeeded" would be false: a run ends 0 with failures)
    shown = track("bol", ["--help"])
    assert shown.returncode == 0
    assert "ASYNCSTATUS_STORE" in shown.stdout and "exit codes of track:" in shown.stdout
    assert "every process succeeded" not in shown.stdout
    for action in ("add", "run", "outcomes"):
        assert "ASYNCSTATUS_STORE" in track("bol", [action, "--help"]).stdout


def test_track_outcomes_into_a_closed_stdout_ends_quietly_and_acknowledges_nothing(
    bol: RunningMock, tmp_path: Path
) -> None:
    # was: `track outcomes | head -3` ended in a BrokenPipeError traceback
    store = f"sqlite:///{tmp_path / 'track.db'}"
    ids = [p["process_status_id"] for p in create(bol, "SUCCESS", 1, count=3)]
    assert track("bol", ["add", "--store", store, *ids]).returncode == 0
    ran = track("bol", ["run", "--store", store, "--until-idle", "--interval", "0.05", "--quiet"], variables(bol))
    assert ran.returncode == 0, ran.stderr
    path = os.pathsep.join([*(str(p) for p in sorted((ROOT / "generated" / "clients").glob("*"))), str(CORE_SRC)])
    proc = subprocess.Popen(
        [sys.executable, "-m", PROVIDERS["bol"].package, "track", "outcomes", "--store", store, "--ack"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first line
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode == 0
    again = track("bol", ["outcomes", "--store", store])
    assert sorted(line.split(":")[0] for line in again.stdout.splitlines()) == sorted(ids)  # none acknowledged


def test_track_run_at_a_base_url_without_the_specs_path_stops_and_marks_nothing(
    bol: RunningMock, tmp_path: Path
) -> None:
    # was: every id finished as "not-found" (expired), durably, because the 404 meant "no such route"
    store = f"sqlite:///{tmp_path / 'track.db'}"
    ids = [p["process_status_id"] for p in create(bol, "SUCCESS", 1, count=3)]
    assert track("bol", ["add", "--store", store, *ids]).returncode == 0
    env = {**variables(bol), "BOL_BASE_URL": bol.origin}
    ran = track("bol", ["run", "--store", store, "--until-idle", "--quiet"], env)
    assert ran.returncode == 2, ran.stderr
    assert "the server has no such route: is the base URL's path right? the spec's is /shared" in ran.stderr
    assert "Traceback" not in ran.stderr
    counts = json.loads(track("bol", ["status", "--store", store, "--json"]).stdout)
    assert counts["unfinished"] == 3 and counts["finished"] == 0


def test_track_add_names_every_bad_id_by_its_line_and_adds_nothing(tmp_path: Path) -> None:
    """Issue 21, failure 5: stdin that is not UTF-8, an empty argument, a 10 MB id: each named by where it
    came from (shortened), no traceback, nothing added; a stripped id is the same id."""
    store = tmp_path / "t.db"
    path = os.pathsep.join([*(str(p) for p in sorted((ROOT / "generated" / "clients").glob("*"))), str(CORE_SRC)])
    environ = {k: v for k, v in os.environ.items() if k != "ASYNCSTATUS_STORE"} | {"PYTHONPATH": path}
    command = [sys.executable, "-m", PROVIDERS["bol"].package, "track", "add", "--store", f"sqlite:///{store}"]
    stdin = b"123\n\xff\xfe456\n" + b"7" * (10 * 1024 * 1024) + b"\n"
    bad = subprocess.run([*command, "", "-"], input=stdin, capture_output=True, env=environ, timeout=120, check=False)
    err = bad.stderr.decode()
    assert bad.returncode == 2 and "Traceback" not in err, err[-2000:]
    assert "argument 1: empty" in err and "stdin line 2: '\\udcff\\udcfe456' not valid UTF-8" in err
    assert "stdin line 3: '7777" in err and "longer than 256" in err and len(err) < 2000
    assert not store.exists() or sqlite3.connect(store).execute(
        "SELECT COUNT(*) FROM asyncstatus_tracked"
    ).fetchone() == (0,)
    good = subprocess.run([*command, " 123 ", "123"], capture_output=True, env=environ, timeout=120, check=False)
    assert good.returncode == 0 and "tracking 1 new of 1 ids" in good.stderr.decode()
