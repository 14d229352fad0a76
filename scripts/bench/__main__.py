"""`python -m bench` (make bench): every benchmark, one run, figures side by side."""

from bench.sdk import main

raise SystemExit(main())
