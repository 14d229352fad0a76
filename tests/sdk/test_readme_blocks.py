"""Every code block of README.md, of each page under docs/, of each package README and of each docs quick start,
run as written against its provider's running mock, with the environment `make mock` prints for it; and
`make mock`'s own start lines, run as a reader would paste them.

A page's blocks run as a reader runs them: in order, in one working folder, each `export` of a shell block still
set for the blocks after it; so a block that depends on what an earlier one left behind (a tracker's store) fails
here as it would for the reader. Python blocks run in this process; what they print must be exactly their
`# on the mock prints: ...` comments, in order. In shell blocks, `python -m <package> ...` lines run as commands
and must succeed; `export` lines with `...` are the reader's credentials, which the mock's export line replaces;
the other commands (make, pip, git, asyncstatus) are not run here, each for the reason in NOT_RUN, and any other
line fails the test."""

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
    source: str  # README.md, docs/<page>.md, generated/clients/<dist>/README.md, docs:<key>
    line: int
    language: str
    code: str
    key: str | None  # the provider whose package the block uses; None on a page that names no package

    def __str__(self) -> str:
        return f"{self.source}:{self.line}"


def _key_of(code: str) -> str | None:
    return next((key for key, d in DISTS.items() if d.package in code), None)


def _blocks(source: str, text: str, default_key: str | None = None) -> list[Block]:
    """The page's Python and shell blocks, in order; a block that names no package is the page's provider's."""
    page_key = default_key or _key_of(text)
    found = []
    for match in FENCE.finditer(text):
        language, code = match.group(1), match.group(2)
        if language in ("python", "sh"):
            line = text[: match.start()].count("\n") + 1
            found.append(Block(source, line, language, code, _key_of(code) or page_key))
    return found


DOC_PAGES = sorted((ROOT / "docs").glob("*.md"))


def all_pages() -> dict[str, list[Block]]:
    """Each page's blocks: README.md, the pages of docs/, each package README, each docs quick start."""
    pages = {"README.md": _blocks("README.md", (ROOT / "README.md").read_text(encoding="utf-8"))}
    for path in DOC_PAGES:
        name = str(path.relative_to(ROOT))
        pages[name] = _blocks(name, path.read_text(encoding="utf-8"))
    for key, dist in DISTS.items():
        readme = dist.client_dir / "README.md"
        name = str(readme.relative_to(ROOT))
        pages[name] = _blocks(name, readme.read_text(encoding="utf-8"), key)
        pages[f"docs:{key}"] = _blocks(f"docs:{key}", quick_start_markdown(key, load(key)), key)
    return pages


PAGES = all_pages()
BLOCKS = [block for blocks in PAGES.values() for block in blocks]


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


def test_readme_is_a_front_door_to_every_page() -> None:
    """The README stays short (what it is, the two commands, a first run) and links each page of docs/ in a line
    of its own; each page links back."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 110, f"README.md has {len(lines)} lines, past two screens: move reference parts into docs/"
    assert DOC_PAGES, "docs/ has no pages"
    for path in DOC_PAGES:
        linked = [line for line in lines if line.startswith("- [") and f"](docs/{path.name})" in line]
        assert len(linked) == 1, f"README.md does not link docs/{path.name} in a line of its own"
        assert "](../README.md)" in path.read_text(encoding="utf-8"), f"docs/{path.name} does not link back"


def test_first_run_starts_the_mock_before_any_snippet() -> None:
    """The README's first run: the mock started, the SDK installed and the export line pasted before any Python."""
    blocks = PAGES["README.md"]
    first_python = next(i for i, b in enumerate(blocks) if b.language == "python")
    before = "\n".join(b.code for b in blocks[:first_python])
    for step in ("make mock PROVIDER=bol PORT=0", "pip install ./core ./generated/clients/", "export BOL_BASE_URL="):
        assert step in before, f"README.md: {step!r} does not come before the first Python block"


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


def run_python_block(block: Block, env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        capsys.readouterr()
        exec(compile(block.code, str(block), "exec"), {"__name__": "__readme__"})
        printed = capsys.readouterr().out.splitlines()
    assert printed == PRINTS.findall(block.code), f"{block} printed {printed}; its comments say otherwise"


def run_shell_block(block: Block, environment: dict[str, str], cwd: Path) -> None:
    """The block's `python -m` lines as commands in `cwd`, in the environment given."""
    assert block.key is not None
    env = {**os.environ, **environment, "PYTHONPATH": DISTS[block.key].pythonpath}
    for command in shell_lines(block)[0]:
        argv = shlex.split(command)
        proc = subprocess.run(
            [sys.executable, *argv[1:]], env=env, capture_output=True, text=True, timeout=120, check=False, cwd=cwd
        )
        assert proc.returncode == 0, f"{block}: `{command}` exited {proc.returncode}\n{proc.stderr[-2000:]}"
        if "--json" in argv:
            if "outcomes" in argv:  # `track outcomes --json`: JSON Lines, one outcome a line
                results = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
            else:
                results = json.loads(proc.stdout)["results"]
            assert results and all(r["lifecycle"] == "succeeded" for r in results), f"{block}: `{command}`: {results}"


@pytest.mark.parametrize("source", [s for s, blocks in PAGES.items() if any(b.key for b in blocks)])
def test_page_runs_in_order_on_the_mock(
    source: str,
    mocks: dict[str, RunningMock],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The page's blocks in order in one folder (what a block writes, a tracker's store, stays for the next ones),
    each shell block's exports kept for the blocks after it, as in the reader's terminal."""
    monkeypatch.chdir(tmp_path)
    exported: dict[str, str] = {}
    for block in PAGES[source]:
        if block.key is None:
            continue
        if block.language == "sh":
            exported.update(shell_exports(block))
        env = {**mock_environment(mocks[block.key]), **exported}
        if block.language == "python":
            run_python_block(block, env, capsys)
        else:
            run_shell_block(block, env, tmp_path)


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
