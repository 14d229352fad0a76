"""The generator's golden record (tests/golden/README.md): the fictional specs in tests/golden/spec/ are
generated into a scratch folder and compared file by file with the committed tests/golden/expected/; broken
variants of the main spec are refused with one located problem each and nothing written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from codegen import golden
from codegen.generate import diff_trees
from specmodel import SpecProblems

EXPECTED = golden.EXPECTED
PACKAGES = {p.key: EXPECTED / "clients" / p.dist / p.package for p in golden.ENTRIES}
# One line: file:line:col: what; what to do
PROBLEM = re.compile(r"^\S+\.yaml:\d+:\d+: [^\n;]+; [^\n]+$")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The golden specs generated now (the generator imports every module of every package before it
    writes the tree, so this also proves they import)."""
    target = tmp_path_factory.mktemp("golden") / "expected"
    golden.generate_golden(target)
    return target


def test_generated_tree_matches_the_golden_record(fresh: Path) -> None:
    diff = diff_trees(EXPECTED, fresh, "tests/golden/expected", "regenerated")
    if diff:
        text = "".join(line if line.endswith("\n") else line + "\n" for line in diff)
        pytest.fail(
            f"the generator's output changed for the golden specs:\n{text}\n"
            f"If the change is intended, run `{golden.REFRESH}`, review `git diff tests/golden/expected` "
            "and commit it.",
            pytrace=False,
        )


@pytest.mark.parametrize(
    ("key", "present", "absent"),
    [
        # API key with a prefix; waiter with bulk, not-found answers, progress pointer, float interval; pages; csv
        ("golden", ["waiters.py", "tracker.py", "__main__.py", "pages.py", "csv.py"], []),
        # basic auth; CLI options, int id, progress from steps; no csv, no pages
        ("golden_basic", ["waiters.py", "tracker.py", "__main__.py"], ["pages.py", "csv.py"]),
        # bearer; no x-async-status: none of the lifecycle modules
        ("golden_bearer", [], ["waiters.py", "tracker.py", "__main__.py", "pages.py", "csv.py"]),
        # OAuth2 client credentials; a CLI without options
        ("golden_oauth", ["waiters.py", "tracker.py", "__main__.py"], ["pages.py", "csv.py"]),
    ],
)
def test_the_golden_specs_reach_the_branches_they_are_for(key: str, present: list[str], absent: list[str]) -> None:
    """Guards the golden specs themselves: an edit that loses a feature loses the branch it covers."""
    package = PACKAGES[key]
    assert [name for name in present if not (package / name).is_file()] == []
    assert [name for name in absent if (package / name).exists()] == []


def test_the_golden_specs_cover_each_security_scheme_and_lifecycle_choice() -> None:
    auth = {key: (PACKAGES[key] / "auth.py").read_text() for key in PACKAGES}
    assert '"Token"' in auth["golden"]
    assert "_factory.basic(" in auth["golden_basic"]
    assert "_factory.bearer(" in auth["golden_bearer"]
    assert "DEFAULT_TOKEN_URL" in auth["golden_oauth"]
    waiters = (PACKAGES["golden"] / "waiters.py").read_text()
    assert "wait_until_done_many" in waiters and "NoSuchJob" in waiters and "interval=2.5" in waiters
    assert 'progress_at="steps"' in (PACKAGES["golden_basic"] / "waiters.py").read_text()
    assert "--account-id" in (PACKAGES["golden_basic"] / "__main__.py").read_text()
    assert "interval=3," in (PACKAGES["golden_oauth"] / "waiters.py").read_text()
    assert "(OpenStrEnum)" in (PACKAGES["golden"] / "models" / "job_state.py").read_text()  # open enum


def broken_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """tests/golden/spec/ copied with the first `old` in golden.yaml replaced; the line it is on."""
    specs = tmp_path / "spec"
    shutil.copytree(golden.SPEC_DIR, specs)
    path = specs / "golden.yaml"
    text = path.read_text()
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1))
    return specs, line


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "$ref: '#/components/schemas/JobList'",
            "$ref: '#/components/schemas/JobLst'",
            "JobLst",
        ),
        ("succeeded: [done]", "succeeded: [finished]", "'finished' is not a value of the status field"),
    ],
    ids=["dangling-ref", "status-value-not-in-enum"],
)
def test_a_broken_golden_spec_is_one_located_problem_and_nothing_written(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    specs, line = broken_copy(tmp_path, old, new)
    target = tmp_path / "out"
    with pytest.raises(SpecProblems) as caught:
        golden.generate_golden(target, spec_dir=specs)
    problems = caught.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    shown = str(problems[0])
    assert PROBLEM.match(shown), shown
    assert message in shown
    assert problems[0].file.endswith("golden.yaml") and problems[0].line == line, shown
    assert not target.exists()
