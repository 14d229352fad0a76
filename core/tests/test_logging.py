"""Every logger of the core is under `asyncstatus_core`: silent in a program that sets up no logging (the core's
NullHandler, not Python's last-resort handler on stderr), and shown with the rest once the program asks for it.
The tracker logged on `asyncstatus.tracker`, outside it: its warnings reached the stderr of programs that never
configured logging, and `logging.getLogger("asyncstatus_core")` settings missed them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MODULES = ["tracker", "track_store", "track_push", "track_queue", "push", "polling", "budget", "auth", "origins"]


def _stderr(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(SRC)}, check=True
    )
    return proc.stderr


@pytest.mark.parametrize("module", MODULES)
def test_a_warning_is_silent_until_the_program_sets_up_logging(module: str) -> None:
    warn = f"from asyncstatus_core.{module} import log; log.warning('store down: trying again')"
    assert _stderr(warn) == ""
    shown = _stderr(f"import logging; logging.basicConfig(format='%(name)s %(message)s'); {warn}")
    assert shown.startswith("asyncstatus_core") and "store down: trying again" in shown
