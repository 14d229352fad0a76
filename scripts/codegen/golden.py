"""The generator's golden record: made-up specs in tests/golden/spec/ (not providers, not in specs/) that
between them reach every branch of the templates, generated into tests/golden/expected/ and compared file
by file by tests/golden/test_golden_record.py.

    PYTHONPATH=scripts .venv/bin/python -m codegen.golden --refresh   # rewrite tests/golden/expected/
    PYTHONPATH=scripts .venv/bin/python -m codegen.golden             # compare only (exit 1 with a diff)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from providers import Provider
from specmodel import ROOT, Problem, Spec, SpecProblems

from codegen.generate import GenerationError, diff_trees, generate_specs, load_spec

GOLDEN = ROOT / "tests" / "golden"
SPEC_DIR = GOLDEN / "spec"
EXPECTED = GOLDEN / "expected"
REFRESH = "PYTHONPATH=scripts .venv/bin/python -m codegen.golden --refresh"

# Each fictional spec (tests/golden/spec/<key>.yaml) with the registry-style entry it is generated under.
ENTRIES: tuple[Provider, ...] = (
    Provider("golden", "golden-jobs-client", "golden_jobs_client", "GOLDEN"),
    Provider("golden_basic", "golden-basic-client", "golden_basic_client", "GOLDEN_BASIC"),
    Provider("golden_bearer", "golden-bearer-client", "golden_bearer_client", "GOLDEN_BEARER"),
    Provider("golden_oauth", "golden-oauth-client", "golden_oauth_client", "GOLDEN_OAUTH"),
)


def load(spec_dir: Path = SPEC_DIR, entries: tuple[Provider, ...] = ENTRIES) -> list[tuple[Spec, Provider]]:
    """Every golden spec, checked as `make generate` checks a provider's; SpecProblems with all problems."""
    problems: list[Problem] = []
    jobs: list[tuple[Spec, Provider]] = []
    for provider in entries:
        try:
            jobs.append((load_spec(spec_dir / f"{provider.key}.yaml", provider), provider))
        except SpecProblems as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecProblems(problems)
    return jobs


def generate_golden(target: Path, spec_dir: Path = SPEC_DIR, entries: tuple[Provider, ...] = ENTRIES) -> None:
    """The golden packages and models into `target` (nothing written there when a spec has a problem),
    without the byte-code the generator's import check leaves behind."""
    generate_specs(target, load(spec_dir, entries))
    for cache in sorted(target.rglob("__pycache__")):
        shutil.rmtree(cache)


def compare(expected: Path = EXPECTED) -> list[str]:
    """Unified diffs between the committed golden tree and a fresh generation (empty when they agree)."""
    with tempfile.TemporaryDirectory(prefix="asyncstatus-golden-") as tmp:
        fresh = Path(tmp) / "expected"
        generate_golden(fresh)
        if not expected.is_dir():
            return [f"{expected.relative_to(ROOT)}/ is missing"]
        return diff_trees(expected, fresh, "tests/golden/expected", "regenerated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="rewrite tests/golden/expected/ from the golden specs")
    args = parser.parse_args(argv)
    try:
        if args.refresh:
            generate_golden(EXPECTED)
            print(f"refreshed {EXPECTED.relative_to(ROOT)}/: review `git diff` and commit it")
            return 0
        diff = compare()
    except SpecProblems as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"golden record: {len(exc.problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    except GenerationError as exc:
        print(f"golden record: {exc}\nnothing written", file=sys.stderr)
        return 1
    if diff:
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
        print(f"golden record differs: if the change is intended, run `{REFRESH}` and commit", file=sys.stderr)
        return 1
    print(f"{EXPECTED.relative_to(ROOT)}/ matches the generator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
