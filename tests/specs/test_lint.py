"""`make lint` on the specs: the real specs pass, and a broken one fails naming file, line and rule."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from providers import PROVIDERS
from specmodel import ROOT, spec_path
from spectools import lint_specs

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


@pytest.mark.parametrize("key", PROVIDERS)
def test_spec_passes_project_lint(key: str) -> None:
    assert lint_specs.lint(spec_path(key)) == []


def _broken_copy(tmp_path: Path) -> Path:
    text = spec_path("bol").read_text()
    # An operation without responses and an operationId renamed away from its released name (lint_specs.SURFACE).
    text = text.replace("operationId: getProcessStatusBulk", "operationId: bulkStatuses", 1)
    target = tmp_path / "bol.yaml"
    # bol's spec has a `webhooks` map: the broken copy replaces it with a number (its map moves under an x- key).
    assert "\nwebhooks:\n" in text
    target.write_text(text.replace("\nwebhooks:\n", "\nwebhooks: 7\nx-webhooks:\n", 1))
    return target


def test_broken_spec_names_file_line_and_rule(tmp_path: Path) -> None:
    broken = _broken_copy(tmp_path)
    problems = lint_specs.lint(broken)
    text = "\n".join(problems)
    assert "not valid OpenAPI 3.1" in text and "webhooks" in text
    assert "public-surface" in text and "getProcessStatusBulk" in text
    for line in problems:
        file, line_no, col, _rest = line.split(":", 3)
        assert file.endswith("bol.yaml") and int(line_no) > 0 and int(col) > 0


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "bol.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x\n")
    [problem] = lint_specs.lint(bad)
    assert problem.startswith(f"{bad}:3:") or problem.startswith(f"{bad}:2:")
    assert "invalid YAML" in problem


def test_lint_script_exit_status(tmp_path: Path) -> None:
    broken = _broken_copy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    lint = [sys.executable, "-m", "spectools.lint_specs"]
    ok = subprocess.run([*lint, str(spec_path("bol"))], cwd=ROOT, env=env, check=False)
    bad = subprocess.run(
        [*lint, str(broken)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0
    assert bad.returncode == 1 and "public-surface" in bad.stdout


@pytest.mark.skipif(shutil.which("node") is None or not REDOCLY.exists(), reason="Redocly CLI not installed")
def test_redocly_reports_file_location_and_rule(tmp_path: Path) -> None:
    text = spec_path("bol").read_text()
    text = text.replace("'#/components/schemas/ProcessStatusResponse'", "'#/components/schemas/Nowhere'", 1)
    broken = tmp_path / "bol.yaml"
    broken.write_text(text)
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")
    proc = subprocess.run(
        [str(REDOCLY), "lint", "--format=stylish", str(broken)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "no-unresolved-refs" in out and "bol.yaml" in out
    line = text.splitlines().index(next(s for s in text.splitlines() if "schemas/Nowhere" in s)) + 1
    assert f"{line}:" in out  # the line of the broken reference
