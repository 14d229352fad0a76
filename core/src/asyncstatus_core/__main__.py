"""`python -m asyncstatus_core`: the same as the `asyncstatus` console command (`cli_main.py`)."""

import sys

from .cli_main import main

if __name__ == "__main__":
    sys.exit(main())
