"""A spec that cannot be used is refused with every problem, each at its place (`file:LINE:COL: what;
what to do`), never a traceback: the cases a one-character typo makes, checked on copies of bol's spec."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import specmodel
from specmodel import Problem, SpecProblems

BOL = specmodel.spec_path("bol").read_text()


def problems_of(tmp_path: Path, edit: Callable[[str], str]) -> list[Problem]:
    changed = edit(BOL)
    assert changed != BOL, "the edit did not apply"
    path = tmp_path / "bol.yaml"
    path.write_text(changed)
    return specmodel.check_file(path)


def line_of(text: str, needle: str, nth: int = 0) -> int:
    return [i for i, line in enumerate(text.splitlines(), 1) if needle in line][nth]


CASES: dict[str, tuple[Callable[[str], str], str, str]] = {
    # name: (edit, the text the problem names, the line it must point at (a needle in the edited text))
    "nested schema $ref": (
        lambda t: t.replace("$ref: '#/components/schemas/Link'", "$ref: '#/components/schemas/Lnk'", 1),
        "'#/components/schemas/Lnk' points to nothing; did you mean '#/components/schemas/Link'?",
        "schemas/Lnk'",
    ),
    "response schema $ref": (
        lambda t: t.replace(
            "$ref: '#/components/schemas/ProcessStatus'\n", "$ref: '#/components/schemas/ProcesStatus'\n", 1
        ),
        "ProcesStatus' points to nothing",
        "schemas/ProcesStatus'",
    ),
    "parameter $ref": (
        lambda t: t.replace(
            "$ref: '#/components/parameters/ProcessStatusIdPath'", "$ref: '#/components/parameters/Nope'", 1
        ),
        "'#/components/parameters/Nope' points to nothing",
        "parameters/Nope'",
    ),
    "header $ref": (
        lambda t: t.replace(
            "$ref: '#/components/headers/RateLimitLimit'", "$ref: '#/components/headers/RateLimitLimt'", 1
        ),
        "did you mean '#/components/headers/RateLimitLimit'?",
        "headers/RateLimitLimt'",
    ),
    "lifecycle value not in the enum": (
        lambda t: t.replace("succeeded: [SUCCESS]", "succeeded: [SUCCESS, DONE]", 1),
        "x-async-status.succeeded: 'DONE' is not a value of the status field (ProcessStatusStatus enum",
        "succeeded: [SUCCESS, DONE]",
    ),
    "bulk names no operation": (
        lambda t: t.replace("bulk: getProcessStatusBulk", "bulk: getProcessStatusBulkk", 1),
        "x-async-status.bulk names 'getProcessStatusBulkk', which is no operationId of this spec; did you mean",
        "bulk: getProcessStatusBulkk",
    ),
    "type pointer names no field": (
        lambda t: t.replace("type: /eventType\n", "type: /evenType\n", 1),
        "x-async-status.type /evenType names no field of the answer",
        "type: /evenType",
    ),
    "started is not a pointer": (
        lambda t: t.replace("started: /createTimestamp\n", "started: createTimestamp\n", 1),
        "x-async-status.started must be a JSON Pointer into the status answer",
        "started: createTimestamp",
    ),
    "status pointer names no field": (
        lambda t: t.replace("status: /status\n", "status: /state\n", 1),
        "x-async-status.status '/state' names no field of ProcessStatus",
        "status: /state",
    ),
    "operation without operationId": (
        lambda t: t.replace("      operationId: getProcessStatusEntityId\n", "", 1),
        "has no operationId",
        "",
    ),
    "unknown x-async-status key": (
        lambda t: t.replace("not-found: expired", "not-found: expired\n        retired: true", 1),
        "x-async-status: unknown key 'retired'",
        "retired: true",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_broken_spec_is_one_located_problem(tmp_path: Path, case: str) -> None:
    edit, text, needle = CASES[case]
    found = problems_of(tmp_path, edit)
    assert len(found) == 1, "\n".join(map(str, found))
    (problem,) = found
    assert text in problem.what + "; " + problem.todo
    assert problem.file.endswith("bol.yaml") and problem.column > 0
    if needle:
        assert problem.line == line_of(edit(BOL), needle), str(problem)
    assert re.match(r"^\S+bol\.yaml:\d+:\d+: .+", str(problem))


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    # All but those that leave nothing to check the lifecycle values against (a dangling answer schema, a
    # status pointer that lands nowhere).
    hiding = ("response schema $ref", "status pointer names no field")
    together = [case for name, case in CASES.items() if name not in hiding]

    def all_of(text: str) -> str:
        for edit, _, _ in together:
            text = edit(text)
        return text

    found = problems_of(tmp_path, all_of)
    assert len(found) == len(together), "\n".join(map(str, found))
    for _, what, _ in together:
        assert any(what in p.what + "; " + p.todo for p in found), what
    assert [p.line for p in found] == sorted(p.line for p in found)


def test_yaml_error_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bol.yaml"
    path.write_text(re.sub(r"^  version: ", "  version: [", BOL, count=1, flags=re.M))
    with pytest.raises(SpecProblems) as err:
        specmodel.load_file(path)
    (problem,) = err.value.problems
    assert "invalid YAML" in problem.what and problem.line > 1


def test_not_found_answer_with_an_undeclared_status(tmp_path: Path) -> None:
    text = specmodel.spec_path("realtimeregister").read_text()
    path = tmp_path / "realtimeregister.yaml"
    path.write_text(
        text.replace(
            "          - status: 400\n            field: /type", "          - status: 409\n            field: /type", 1
        )
    )
    (problem,) = specmodel.check_file(path)
    assert "not-found answer status 409 is not a response of getProcess" in problem.what


def test_real_specs_have_no_problem() -> None:
    from providers import KEYS

    for key in KEYS:
        assert specmodel.check_file(specmodel.spec_path(key)) == [], key
