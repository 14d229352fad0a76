"""Adding a provider, in a temporary copy of the checkout, as a newcomer would: the spec alone is refused
by name with what to add; with its one registry entry, `make generate` builds its SDK, whose waiter runs
against Prism mocking the new spec. A broken spec leaves `generated/` byte for byte as it was."""

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


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What generation reads and writes, copied: scripts/, specs/, generated/, core/, requirements.lock."""
    root = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for folder in ("scripts", "specs", "generated", "core"):
        shutil.copytree(ROOT / folder, root / folder, ignore=ignore)
    shutil.copy(ROOT / "requirements.lock", root / "requirements.lock")
    return root


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
def test_a_registered_sixth_provider_gets_an_sdk_whose_waiter_runs(checkout: Path) -> None:
    shutil.copy(HERE / "sixth" / "acme.yaml", checkout / "specs" / "acme.yaml")
    registry = checkout / "scripts" / "providers.py"
    text = registry.read_text()
    assert ENTRY in text
    registry.write_text(text.replace(ENTRY, ENTRY + ACME, 1))
    proc = run_generate(checkout)
    assert proc.returncode == 0, proc.stderr
    package = checkout / "generated" / "clients" / "acme-job-client"
    assert (package / "acme_job_client" / "waiters.py").is_file()
    assert (checkout / "generated" / "models" / "acme.py").is_file()
    program = (
        "from acme_job_client import create_client\n"
        "from acme_job_client.waiters import Lifecycle, lifecycle, wait_until_done\n"
        "import sys\n"
        "with create_client(token='t', base_url=sys.argv[1]) as client:\n"
        "    final = wait_until_done(client=client, job_id='job-1', timeout=20)\n"
        "print(lifecycle(final).name, final.state)\n"
    )
    with prism(checkout / "specs" / "acme.yaml") as origin:
        ran = subprocess.run(
            [sys.executable, "-c", program, origin],
            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(checkout / "core" / "src")])},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["SUCCEEDED", "done"]
