"""Output whose reader went away (`python -m <package> wait ... | head -3`): the commands stop writing and
exit quietly, as the Unix tools do, instead of ending in a BrokenPipeError traceback.

Part of asyncstatus-core, the runtime every generated package depends on (see `cli.py`). Standard library only.
"""

from __future__ import annotations

import contextlib
import os
from typing import TextIO

__all__ = ["reader_gone"]


def reader_gone(stream: TextIO) -> None:
    """After a BrokenPipeError on `stream`: point its descriptor at the null device, so that Python's own flush
    at exit finds nowhere to fail and prints no second traceback (what the Python docs advise for SIGPIPE)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = stream.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)
