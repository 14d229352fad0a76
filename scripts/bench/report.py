"""The rows every benchmark reports and the table of docs/benchmarks.md they make (shared by bench.sdk, bench.waits
and bench.tracker, so that none of them imports another)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    what: str
    sdk: str  # the SDK's figure
    baseline: str  # what it is compared with
    ratio: str
    goal: str
    verdict: str  # PASS, MISS or "-" (no goal)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def table(rows: list[Row]) -> str:
    header = ("measurement", "SDK", "baseline", "SDK/baseline", "goal", "result")
    cells = [header, *((r.what, r.sdk, r.baseline, r.ratio, r.goal, r.verdict) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) + " |" for cell in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
