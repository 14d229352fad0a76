"""Build the core (core/, asyncstatus-core) and the five generated SDK packages (generated/clients/<dist>/)
as wheels into one folder, the core first.

Shared by `make test-pythons` (noxfile.py builds them once and installs the same wheels on every
Python) and tests/wheels/ (installs them into a fresh venv; the core is not taken from PyPI but from this
folder). The wheels are pure Python (`py3-none-any`), so one build serves every interpreter. The core's
wheel carries its `__version__`, each SDK's its package version `<info.version>.<core major>.<core minor>`.

    PYTHONPATH=scripts python -m buildtools.build_wheels [OUT_DIR]    # default build/wheels; prints the wheel paths
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from providers import PROVIDERS
from specmodel import ROOT, load
from spectools.release_check import CORE_DIST, CORE_PROJECT, core_version

DEFAULT_OUT = ROOT / "build" / "wheels"


class WheelBuildError(Exception):
    """pip could not build a package, or built something other than one wheel per package."""


def wheel_name(dist: str, version: str) -> str:
    """The file name a pure-Python wheel of `dist` gets (PEP 427: `-` becomes `_`)."""
    return f"{dist.replace('-', '_')}-{version}-py3-none-any.whl"


def sdk_version(key: str) -> str:
    """The version an SDK's wheel carries: its spec's `info.version`, then the core's MAJOR.MINOR."""
    _, (major, minor), _ = core_version(ROOT)
    return f"{load(key).version}.{major}.{minor}"


def build_wheels(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Build the core's wheel and every provider's into `out_dir` (its old wheels removed first, so nothing
    stale is installed) and return their paths: the core's first, then the SDKs' in PROVIDERS order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.whl"):
        old.unlink()
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", "wheel", "--no-deps"]
    projects = [ROOT / CORE_PROJECT, *(p.client_dir for p in PROVIDERS.values())]
    cmd += ["--wheel-dir", str(out_dir), *map(str, projects)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    if proc.returncode != 0:
        raise WheelBuildError(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    expected = [out_dir / wheel_name(CORE_DIST, core_version(ROOT)[0])]
    expected += [out_dir / wheel_name(p.dist, sdk_version(key)) for key, p in PROVIDERS.items()]
    found = sorted(out_dir.glob("*.whl"))
    if sorted(expected) != found:
        names = ", ".join(p.name for p in found) or "none"
        raise WheelBuildError(f"{out_dir}: expected {', '.join(p.name for p in expected)}; pip built {names}")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        wheels = build_wheels(args.out_dir.resolve())
    except WheelBuildError as err:
        print(f"build_wheels: {err}", file=sys.stderr)
        return 1
    print("\n".join(map(str, wheels)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
