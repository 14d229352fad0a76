"""Every code block of README.md, of each package README and of each docs quick start, run as written against
its provider's running mock, with the environment `make mock` prints for it; and `make mock`'s own start
lines, run as a reader would paste them.

Python blocks run in this process; what they print must be exactly their `# on the mock prints: ...` comments,
in order. In shell blocks, `python -m <package> ...` lines run as commands and must succeed; `export` lines
with `...` are the reader's credentials, which the mock's export line replaces; the other commands (make,
pip, git) are not run here, each for the reason in NOT_RUN, and any other line fails the test."""

from __future__ import annotations

import importlib
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from codegen.sdkfacts import snake_case
from mocks.server import RunningMock, serve
from providers import PROVIDERS as DISTS
from specmodel import ROOT, load
from spectools.docs_pages import quick_start_markdown

PRINTS = re.compile(r"#\s*on the mock prints: (.*)$", re.M)
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)
# Shell lines these tests do not run, and why.
NOT_RUN = {
    "make ": "the Makefile's targets run in CI themselves (make test, make mock below)",
    "pip install": "installing needs the network or a build; tests/wheels installs the built wheels",
    "git ": "tagging is release work (release.yml)",
    "PYTHONPATH=scripts python -m spectools.release_check": "needs a release tag; tests/release covers release_check",
    "BOL_BASE_URL=https://api.bol.com": "the live API, behind credentials (tests/contract)",
    "make test-fast": "the live contract tests",
    "asyncstatus ": "finds the SDKs by their installed entry points: tests/wheels runs it from the installed wheels, "
    "tests/tracking/test_one_worker_every_provider.py the same code on the mocks",
}


@dataclass(frozen=True)
class Block:
    source: str  # README.md, generated/clients/<dist>/README.md, docs:<key>
    line: int
    language: str
    code: str
    key: str  # the provider whose package the block uses

    def __str__(self) -> str:
        return f"{self.source}:{self.line}"


def _key_of(code: str) -> str | None:
    return next((key for key, d in DISTS.items() if d.package in code), None)


def _blocks(source: str, text: str, default_key: str | None = None) -> Iterator[Block]:
    for match in FENCE.finditer(text):
        language, code = match.group(1), match.group(2)
        key = _key_of(code) or default_key
        if language in ("python", "sh") and key is not None:
            yield Block(source, text[: match.start()].count("\n") + 1, language, code, key)


def all_blocks() -> list[Block]:
    found = list(_blocks("README.md", (ROOT / "README.md").read_text(encoding="utf-8")))
    for key, dist in DISTS.items():
        readme = dist.client_dir / "README.md"
        found += _blocks(str(readme.relative_to(ROOT)), readme.read_text(encoding="utf-8"), key)
        found += _blocks(f"docs:{key}", quick_start_markdown(key, load(key)), key)
    return found


BLOCKS = all_blocks()


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, RunningMock]]:
    with ExitStack() as stack:
        yield {key: stack.enter_context(serve(key)) for key in DISTS}


def mock_environment(mock: RunningMock) -> dict[str, str]:
    return mock.mock.sdk_environment(mock.origin)


def test_every_readme_has_runnable_blocks() -> None:
    sources = {b.source for b in BLOCKS if b.language == "python"}
    assert "README.md" in sources
    for key, dist in DISTS.items():
        assert str((dist.client_dir / "README.md").relative_to(ROOT)) in sources
        assert f"docs:{key}" in sources


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "python"], ids=str)
def test_python_block_runs_on_the_mock(
    block: Block,
    mocks: dict[str, RunningMock],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # what a block writes (a tracker's store) lands in a folder of its own
    for name, value in mock_environment(mocks[block.key]).items():
        monkeypatch.setenv(name, value)
    exec(compile(block.code, str(block), "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out.splitlines()
    assert printed == PRINTS.findall(block.code), f"{block} printed {printed}; its comments say otherwise"


EXPORT = re.compile(r"^export ([A-Z_][A-Z0-9_]*)=(\S+)(\s+#.*)?$")


def shell_exports(block: Block) -> dict[str, str]:
    """`export NAME=value` lines of a shell block (not the reader's `...` credentials): set for its commands."""
    found = (EXPORT.match(raw.strip()) for raw in block.code.splitlines())
    return {m.group(1): m.group(2) for m in found if m and "..." not in m.group(2)}


def shell_lines(block: Block) -> tuple[list[str], list[str]]:
    """The `python -m` lines of a shell block, and the lines neither run nor listed in NOT_RUN."""
    commands: list[str] = []
    unknown: list[str] = []
    for raw in block.code.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.endswith("\\"):
            continue
        if line.startswith("python -m ") and " receive " in f"{line} ":
            continue  # a server that runs until stopped: tests/push/test_receive_command.py starts one and posts to it
        if line.startswith("python -m "):
            commands.append(line.split("  #")[0].split(" # ")[0].strip())
        elif line.startswith("export ") and "..." in line:
            continue  # the reader's credentials: the mock's export line stands in for them
        elif EXPORT.match(line):
            continue  # set for the block's commands (shell_exports)
        elif not any(line.startswith(prefix) for prefix in NOT_RUN):
            unknown.append(line)
    return commands, unknown


def test_every_shell_line_is_run_or_explained() -> None:
    for block in BLOCKS:
        if block.language == "sh":
            assert shell_lines(block)[1] == [], f"{block}: neither run here nor listed in NOT_RUN with a reason"


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.language == "sh" and shell_lines(b)[0]], ids=str)
def test_shell_block_runs_on_the_mock(block: Block, mocks: dict[str, RunningMock], tmp_path: Path) -> None:
    commands = shell_lines(block)[0]
    env = {
        **os.environ,
        **mock_environment(mocks[block.key]),
        **shell_exports(block),
        "PYTHONPATH": DISTS[block.key].pythonpath,
    }
    for command in commands:
        argv = shlex.split(command)
        proc = subprocess.run(
            [sys.executable, *argv[1:]], env=env, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path
        )
        assert proc.returncode == 0, f"{block}: `{command}` exited {proc.returncode}\n{proc.stderr[-2000:]}"
        if "--json" in argv:
            if "outcomes" in argv:  # `track outcomes --json`: JSON Lines, one outcome a line
                results = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
            else:
                results = json.loads(proc.stdout)["results"]
            assert results and all(r["lifecycle"] == "succeeded" for r in results), results


@pytest.mark.parametrize("key", list(DISTS))
def test_make_mock_prints_what_reaches_it(key: str, tmp_path: Path) -> None:
    """`make mock` (python -m mocks <key> --port 0): its export line and two-line snippet, pasted into a shell
    and a Python of their own, wait for the example process on that mock."""
    mock = subprocess.Popen(
        [sys.executable, "-m", "mocks", key, "--port", "0"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT / "scripts")])},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert mock.stdout is not None
        lines = [mock.stdout.readline().rstrip("\n") for _ in range(7)]
        [export] = [line for line in lines if line.startswith("export ")]
        python_at = next(i for i, line in enumerate(lines) if line.startswith("# then, in Python"))
        snippet = lines[python_at + 1 : python_at + 3]
        script = tmp_path / "reach.sh"
        script.write_text(f'{export}\nexec "{sys.executable}" -c {shlex.quote(chr(10).join(snippet))}\n')
        clean = {k: v for k, v in os.environ.items() if not k.startswith(DISTS[key].env_prefix + "_")}
        proc = subprocess.run(
            ["bash", str(script)],
            env={**clean, "PYTHONPATH": DISTS[key].pythonpath},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (proc.returncode, proc.stdout) == (0, "Lifecycle.SUCCEEDED\n"), proc.stderr[-2000:]
    finally:
        mock.terminate()
        mock.wait(timeout=10)


@pytest.mark.parametrize("key", list(DISTS))
def test_fixture_arguments_are_the_sdks_keywords(key: str, mocks: dict[str, RunningMock]) -> None:
    """`GET /_mock/fixtures` names each fixture's parameters twice: `params` as the spec (wire) names them,
    `arguments` as the SDK's keyword arguments, which call the operation as listed."""
    running = mocks[key]
    with running.admin() as admin:
        listed = admin.get("/fixtures").json()
    package = importlib.import_module(DISTS[key].package)
    spec = load(key)
    called = 0
    with package.create_client_from_env(mock_environment(running)) as client:
        for fixture in listed:
            op = spec.operations[fixture["operation"]]
            if op.request_body is not None:
                continue  # a body is one model, not keywords: tests/sdk/sdk_calls.py builds it
            module = importlib.import_module(
                f"{DISTS[key].package}.api.{snake_case(op.tags[0])}.{snake_case(op.operation_id)}"
            )
            assert fixture["arguments"] == {snake_case(k): v for k, v in fixture["params"].items()}
            answer = module.sync_detailed(client=client, **fixture["arguments"])
            success = min(int(s) for s in op.responses if s.startswith("2"))  # 202: bol's queued changes
            assert answer.status_code == success, (fixture, answer.content[:300])
            called += 1
    assert called
