"""`make docs`: one HTML API reference per spec (Redocly `build-docs`) and an index page, into an
uncommitted build folder."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from providers import PROVIDERS
from specmodel import ROOT, load, spec_path

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "build/docs").resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for key in PROVIDERS:
        target = out / f"{key}.html"
        proc = subprocess.run(
            [str(REDOCLY), "build-docs", str(spec_path(key)), "--output", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"redocly build-docs specs/{key}.yaml failed:\n{proc.stdout}{proc.stderr}", file=sys.stderr)
            return 1
        spec = load(key)
        rows.append(
            f'<li><a href="{key}.html">{html.escape(spec.title)}</a> '
            f"<small>v{html.escape(spec.version)}, specs/{key}.yaml</small></li>"
        )
    index = (
        "<!doctype html>\n<html lang=en><meta charset=utf-8><title>asyncstatus API reference</title>\n"
        "<h1>asyncstatus: API reference</h1>\n<ul>\n" + "\n".join(rows) + "\n</ul>\n</html>\n"
    )
    (out / "index.html").write_text(index, encoding="utf-8")
    print(f"wrote {len(rows)} API references and index.html to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
