"""Adding a provider, in a temporary copy of the checkout, as a newcomer would: the spec alone is refused
by name with what to add; with its one registry entry, `make generate` builds its SDK, whose waiter runs
against Prism mocking the new spec; `make mock` serves its mock (built from the spec: no code) and the snippet it
prints runs; the mock, contract (schemathesis), SDK and waiter tests run green for it with nothing under tests/
edited; its first `make changelog` needs no `BASE=`. A broken spec leaves `generated/` byte for byte as it was."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from codegen import generate
from specmodel import ROOT

HERE = Path(__file__).resolve().parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
ENTRY = '        Provider("booster", "booster-task-client", "booster_task_client", "BOOSTER"),\n'
ACME = '        Provider("acme", "acme-job-client", "acme_job_client", "ACME"),\n'


def run_generate(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--force"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root / "scripts")},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


# The suites that hold a provider's mock, contract, SDK and waiters to its spec, run for the sixth provider as
# they are (`-k acme`): they take their providers from the registry and their facts from the spec.
SUITES = (
    "tests/mock_servers/test_answers_agree_with_specs.py",
    "tests/mock_servers/test_admin_api.py",
    "tests/mock_servers/test_odd_requests.py",
    "tests/mock_servers/test_ratelimit.py",
    "tests/contract/test_schemathesis.py",
    "tests/contract/test_live_plan.py",
    "tests/sdk/test_sdk_against_mocks.py",
    "tests/sdk/test_waiters_against_mocks.py",
)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout, copied: scripts/, specs/, generated/, core/, tests/ and the files at its top that
    generation and the test run read (requirements.lock, pyproject.toml)."""
    root = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", "recorded")
    for folder in ("scripts", "specs", "generated", "core", "tests"):
        shutil.copytree(ROOT / folder, root / folder, ignore=ignore)
    for name in ("requirements.lock", "pyproject.toml"):
        shutil.copy(ROOT / name, root / name)
    return root


@pytest.fixture(scope="module")
def registered(checkout: Path) -> Path:
    """The sixth provider added as the README says: its spec, its one registry entry, `make generate`."""
    shutil.copy(HERE / "sixth" / "acme.yaml", checkout / "specs" / "acme.yaml")
    registry = checkout / "scripts" / "providers.py"
    text = registry.read_text()
    assert ENTRY in text
    registry.write_text(text.replace(ENTRY, ENTRY + ACME, 1))
    proc = run_generate(checkout)
    assert proc.returncode == 0, proc.stderr
    return checkout


def test_a_broken_spec_leaves_generated_untouched(checkout: Path) -> None:
    bol = checkout / "specs" / "bol.yaml"
    original = bol.read_text()
    before = generate.tree_digest(checkout / "generated")
    try:
        bol.write_text(original.replace("$ref: '#/components/schemas/Link'", "$ref: '#/components/schemas/Lnk'", 1))
        proc = run_generate(checkout)
    finally:
        bol.write_text(original)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    line = next(i for i, text in enumerate(original.splitlines(), 1) if "schemas/Link'" in text)
    assert f"specs/bol.yaml:{line}:" in proc.stderr and "'#/components/schemas/Lnk' points to nothing" in proc.stderr
    assert "generated/ left as it was" in proc.stderr
    assert generate.tree_digest(checkout / "generated") == before


def test_an_unregistered_spec_is_refused_by_name(checkout: Path) -> None:
    shutil.copy(HERE / "sixth" / "acme.yaml", checkout / "specs" / "acme.yaml")
    before = generate.tree_digest(checkout / "generated")
    proc = run_generate(checkout)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "specs/acme.yaml:1:1: provider 'acme' is not registered; add Provider(" in proc.stderr
    assert "to PROVIDERS in scripts/providers.py" in proc.stderr
    assert generate.tree_digest(checkout / "generated") == before


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def prism(spec: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(origin + "/jobs/job-1", headers={"Authorization": "Bearer t"}, timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("prism did not start") from None
                time.sleep(0.2)
        yield origin
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif(not PRISM.exists(), reason="Prism (npm @stoplight/prism-cli) not installed: make setup")
def test_a_registered_sixth_provider_gets_an_sdk_whose_waiter_runs(registered: Path) -> None:
    package = registered / "generated" / "clients" / "acme-job-client"
    assert (package / "acme_job_client" / "waiters.py").is_file()
    assert (registered / "generated" / "models" / "acme.py").is_file()
    program = (
        "from acme_job_client import create_client\n"
        "from acme_job_client.waiters import Lifecycle, lifecycle, wait_until_done\n"
        "import sys\n"
        "with create_client(token='t', base_url=sys.argv[1]) as client:\n"
        "    final = wait_until_done(client=client, job_id='job-1', timeout=20)\n"
        "print(lifecycle(final).name, final.state)\n"
    )
    with prism(registered / "specs" / "acme.yaml") as origin:
        ran = subprocess.run(
            [sys.executable, "-c", program, origin],
            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(registered / "core" / "src")])},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["SUCCEEDED", "done"]


def test_make_mock_serves_the_sixth_provider_and_its_snippet_runs(registered: Path) -> None:
    """`make mock PROVIDER=acme`: a mock built from the spec alone; what it prints gets a newcomer to a finished
    wait (the export line, then the two-line snippet)."""
    env = {**os.environ, "PYTHONPATH": str(registered / "scripts")}
    mock = subprocess.Popen(
        [sys.executable, "-m", "mocks", "acme", "--port", "0"],
        cwd=registered,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert mock.stdout is not None
        lines = [mock.stdout.readline() for _ in range(7)]
        started = lines[0].startswith("acme mock on http://127.0.0.1:")
        assert started, [*lines, mock.stderr.read() if mock.poll() is not None and mock.stderr else ""]
        export = next(line for line in lines if line.startswith("export "))
        variables = dict(item.split("=", 1) for item in export.split()[1:])
        assert set(variables) == {"ACME_BASE_URL", "ACME_TOKEN"}
        snippet = "".join(lines[-2:])
        package = registered / "generated" / "clients" / "acme-job-client"
        ran = subprocess.run(
            [sys.executable, "-c", snippet],
            env={
                **os.environ,
                **variables,
                "PYTHONPATH": os.pathsep.join([str(package), str(registered / "core" / "src")]),
            },
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert (ran.returncode, ran.stdout.strip()) == (0, "Lifecycle.SUCCEEDED"), ran.stderr
    finally:
        mock.terminate()
        mock.wait(timeout=10)


def test_the_sixth_providers_mock_contract_sdk_and_waiter_tests_pass_untouched(registered: Path) -> None:
    before = generate.tree_digest(registered / "tests")
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "acme", *SUITES],
        cwd=registered,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    summary = ran.stdout.strip().splitlines()[-1] if ran.stdout.strip() else ran.stderr[-2000:]
    assert ran.returncode == 0, ran.stdout[-8000:] + ran.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary
    passed = int(summary.split(" passed")[0].split()[-1])
    assert passed >= 50, f"too few tests ran for acme: {summary}"
    assert generate.tree_digest(registered / "tests") == before


def test_the_sixth_providers_first_changelog_needs_no_base(registered: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "spectools.changelog", "acme"],
        cwd=registered,
        env={**os.environ, "PYTHONPATH": str(registered / "scripts")},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    text = (registered / "specs" / "changelog" / "acme.md").read_text()
    assert text.startswith("# Changelog of acme-job-client") and "- specs/acme.yaml: new spec" in text
