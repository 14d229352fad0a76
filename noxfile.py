"""The SDK unit tests against the installed wheels, on every Python from the wheels' `requires-python`
floor up that this machine has (`make test-pythons`, which runs `.venv/bin/nox`).

The core's wheel and the five SDK wheels are built once per run (scripts/buildtools/build_wheels.py) and
installed into a fresh venv per Python (the core from its wheel: it is not on PyPI), with the test tools from
requirements.lock (`--require-hashes`: the same pins as `make test`).
ASYNCSTATUS_USE_INSTALLED=1 makes the tests import the installed packages, not generated/clients/.
An interpreter that is not found is skipped and shown as skipped in nox's closing summary;
`--error-on-missing-interpreters` (CI, where every version is installed on purpose) fails instead.

    .venv/bin/nox                     # every version
    .venv/bin/nox -s sdk-3.13         # one of them
    .venv/bin/nox -- -k enum -x       # arguments after -- are added to pytest's
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))  # nox runs from .venv, which has what scripts/ imports

from buildtools.build_wheels import build_wheels  # noqa: E402
from providers import PROVIDERS, USE_INSTALLED_ENV  # noqa: E402

BUILD = ROOT / "build"
LOCK = ROOT / "requirements.lock"
TESTS = ["tests/sdk_unit", "tests/corpus/test_sdk_handles_corpus.py"]
NEWEST_MINOR = 14  # the newest CPython 3.x release; raise it when a new one comes out

nox.options.envdir = str(BUILD / "nox")  # build/ is already ignored by git and removed by `make clean`
nox.options.sessions = ["sdk"]
nox.options.reuse_venv = "no"  # a fresh venv each run: nothing left over from an older lock or wheel
nox.options.error_on_missing_interpreters = False  # nox's default is True when CI is set


def python_floor() -> int:
    """The minor version every wheel's `requires-python = ">=3.N"` names (they must agree)."""
    floors = set()
    for provider in PROVIDERS.values():
        pyproject = provider.client_dir / "pyproject.toml"
        requires = tomllib.loads(pyproject.read_text())["project"]["requires-python"]
        match = re.fullmatch(r">=\s*3\.(\d+)", requires)
        if not match:
            raise ValueError(f"{pyproject}: requires-python {requires!r} is not of the form '>=3.N'")
        floors.add(int(match.group(1)))
    if len(floors) != 1:
        raise ValueError(f"generated/clients/*/pyproject.toml disagree on requires-python: 3.{sorted(floors)}")
    return floors.pop()


PYTHONS = [f"3.{minor}" for minor in range(python_floor(), NEWEST_MINOR + 1)]


def runs(executable: str, version: str) -> bool:
    """True when `executable` starts and is that version (a pyenv shim of an inactive version fails)."""
    code = "import sys; print('%d.%d' % sys.version_info[:2])"
    try:
        proc = subprocess.run([executable, "-c", code], capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return False
    return proc.returncode == 0 and proc.stdout.strip() == version


def expose_pyenv_pythons() -> None:
    """Make pyenv's installed but inactive versions findable as `python3.N`.

    Hand-written because nox's interpreter discovery (python-discovery) follows pyenv shims only for
    the versions `pyenv global`/`local`/`shell` activate; a machine with 3.12 installed beside an
    active 3.11 would otherwise skip 3.12. Only `python3.N` links go onto PATH (not pyenv's `python`
    or `pip`), and only for versions PATH does not already run."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    links = BUILD / "nox" / "pythons"
    for version in PYTHONS:
        name = f"python{version}"
        found = shutil.which(name)
        if found and runs(found, version):
            continue
        # the newest patch release pyenv has of this version, CPython builds only (3.12.1, not 3.12-dev)
        installs = [
            p for p in versions.glob(f"{version}.*/bin/{name}") if re.fullmatch(rf"{version}\.\d+", p.parts[-3])
        ]
        installs.sort(key=lambda p: int(p.parts[-3].split(".")[2]))
        if installs and runs(str(installs[-1]), version):
            links.mkdir(parents=True, exist_ok=True)
            link = links / name
            link.unlink(missing_ok=True)
            link.symlink_to(installs[-1])
    if links.is_dir():
        os.environ["PATH"] = f"{links}{os.pathsep}{os.environ.get('PATH', '')}"


expose_pyenv_pythons()


@functools.cache
def wheels() -> tuple[str, ...]:
    """Build the core's and the five SDKs' wheels on the first session's call; the later sessions install the
    same files."""
    return tuple(str(p) for p in build_wheels(BUILD / "wheels"))


# Run inside each session's venv: the interpreter is the venv's, and every package comes from its
# site-packages (not generated/clients/, not another install).
INSTALLED_CHECK = """
import importlib, sys, sysconfig
from pathlib import Path
venv = Path(sys.argv[1]).resolve()
site = Path(sysconfig.get_path("purelib")).resolve()
assert site.is_relative_to(venv), f"site-packages {site} is outside the session venv {venv}"
for name in sys.argv[2:]:
    module = importlib.import_module(name)
    where = Path(module.__file__).resolve()
    assert where.is_relative_to(site), f"{name} was imported from {where}, not from {site}"
    print(f"{name} {module.__version__}: {where.relative_to(venv)}")
"""


@nox.session(python=PYTHONS)
def sdk(session: nox.Session) -> None:
    """SDK unit and corpus tests against the installed wheels."""
    built = wheels()
    session.install("--require-hashes", "-r", str(LOCK))
    # --no-deps: httpx, attrs and orjson come pinned from the lock, asyncstatus-core from its built wheel (the
    # first of `built`); pip check proves the SDK wheels' ranges accept that core and the pins
    session.install("--no-deps", *built)
    session.run("python", "-m", "pip", "check", silent=True)
    venv_dir = getattr(session.virtualenv, "location", None)
    if not isinstance(venv_dir, str):
        session.error("this session needs a virtualenv (run it without --no-venv)")
    packages = ["asyncstatus_core", *(p.package for p in PROVIDERS.values())]
    session.run("python", "-c", INSTALLED_CHECK, venv_dir, *packages)
    junit = BUILD / f"junit-sdk-{session.python}.xml"
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        f"--junitxml={junit}",
        *TESTS,
        *session.posargs,
        env={USE_INSTALLED_ENV: "1"},
    )
