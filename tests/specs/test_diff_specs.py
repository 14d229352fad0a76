"""`make diff-specs`: Optic's diff of two spec versions, judged for SDK users (scripts/spectools/diff_specs.py)."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from specmodel import ROOT
from spectools import diff_specs

LISTED = "@useoptic/optic" in json.loads((ROOT / "package.json").read_text())["devDependencies"]
# Once package.json pins Optic, a missing binary is a broken setup, not a reason to skip.
needs_optic = pytest.mark.skipif(
    not LISTED and not diff_specs.OPTIC.exists(), reason="@useoptic/optic is not in package.json yet"
)

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.0.0"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"name": {"type": "string"}},
                                "required": ["name"],
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "created"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["pending", "done", "failed"]},
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "status": {"$ref": "#/components/schemas/Status"}},
                "required": ["id", "status"],
            },
        }
    },
}


def changed_spec() -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    spec["info"]["version"] = "1.1.0"
    schemas = spec["components"]["schemas"]
    schemas["Status"]["enum"].remove("failed")  # breaking: ThingStatus.FAILED goes from the SDK
    schemas["Thing"]["properties"]["note"] = {"type": "string"}  # optional response field: not breaking
    body = spec["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["size"] = {"type": "integer"}
    body["required"].append("size")  # breaking: callers that do not send it fail
    return spec


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@needs_optic
def test_breaking_and_non_breaking_changes_of_two_tiny_specs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = write(tmp_path / "old.yaml", BASE), write(tmp_path / "tiny.yaml", changed_spec())
    monkeypatch.delenv("ALLOW_BREAKING", raising=False)
    assert diff_specs.main(["--files", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "tiny               1.0.0 -> 1.1.0     2 breaking, 1 non-breaking" in out
    assert "BREAKING  GET /things/{id} (getThing) 200 response: status: enum value removed: failed" in out
    assert "BREAKING  POST /things (createThing) request body: size added (required)" in out
    assert "changed   GET /things/{id} (getThing) 200 response: note added" in out


def test_allow_breaking_and_a_new_provider_major_do_not_fail() -> None:
    enum_removed = diff_specs.Change(True, "GET /x (getX) 200 response", "status: enum value removed: failed")
    revision = diff_specs.Report("tiny", "1.0.0", "1.1.0", [enum_removed])
    assert diff_specs.render([revision], allow_breaking=False)[1] == 1
    assert diff_specs.render([revision], allow_breaking=True)[1] == 0
    text, code = diff_specs.render([diff_specs.Report("tiny", "1.1.0", "2.0.0", [enum_removed])], False)
    assert code == 0
    assert "new provider API major" in text


def git(repo: Path, *args: str) -> str:
    cmd = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", *args]
    return subprocess.run(cmd, cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path / "specs" / "tiny.yaml", BASE)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "one")
    write(tmp_path / "specs" / "tiny.yaml", {**BASE, "info": {"title": "Tiny", "version": "1.0.1"}})
    git(tmp_path, "commit", "-qam", "two")
    return tmp_path


def test_base_is_the_merge_base_on_a_branch_and_the_previous_commit_on_main(repo: Path) -> None:
    first, second = git(repo, "rev-parse", "HEAD~"), git(repo, "rev-parse", "HEAD")
    assert diff_specs.resolve_base(repo, None) == (first, "HEAD~ (on main)")
    write(repo / "specs" / "tiny.yaml", changed_spec())  # uncommitted edits on main: compare with HEAD
    assert diff_specs.resolve_base(repo, None)[0] == second
    git(repo, "checkout", "-qb", "feature")
    git(repo, "commit", "-qam", "three")
    assert diff_specs.resolve_base(repo, None) == (second, "merge-base with main")
    assert diff_specs.resolve_base(repo, "HEAD~2")[0] == first
    with pytest.raises(diff_specs.DiffError, match="BASE=nope is not a commit"):
        diff_specs.resolve_base(repo, "nope")


@needs_optic
def test_a_branch_is_compared_with_main(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "checkout", "-qb", "feature")
    write(repo / "specs" / "tiny.yaml", changed_spec())
    write(repo / "specs" / "other.yaml", BASE)  # a new provider's spec breaks nobody
    assert diff_specs.main([], root=repo) == 1
    out = capsys.readouterr().out
    assert "(merge-base with main)" in out
    assert "tiny               1.0.1 -> 1.1.0     2 breaking" in out
    assert "other              new 1.0.0          0 breaking, 1 non-breaking" in out


# The SDK-specific verdicts, on changelogs in the shape `optic diff --json` gives (no tool run needed).
def op(**parts: Any) -> dict[str, Any]:
    return {"operations": [{"name": "GET /x/{id}", "change": "changed", "attributes": [], **parts}]}


def response(*attrs: dict[str, Any]) -> dict[str, Any]:
    media = {"name": "application/json", "change": "changed", "attributes": list(attrs)}
    return op(responses=[{"name": "200 response", "change": "changed", "attributes": [], "contentTypes": [media]}])


def verdicts(changelog: dict[str, Any]) -> list[tuple[bool, str]]:
    return [(c.breaking, c.what) for c in diff_specs.classify(changelog)]


def test_a_response_enum_value_added_is_not_breaking_since_the_sdks_keep_unknown_values() -> None:
    attr = {"key": "/schema/properties/status", "change": "changed", "before": {"enum": ["a"]}, "after": {}}
    attr["after"] = {"enum": ["a", "b"]}
    assert verdicts(response(attr)) == [(False, "status: enum values added (the SDKs keep unknown ones): b")]


@pytest.mark.parametrize(
    ("attr", "reason"),
    [
        ({"key": "/schema/properties/a", "change": "removed", "before": {"type": "string"}}, "a removed"),
        (
            {"key": "/schema/properties/a", "change": "changed", "before": {"required": True}, "after": {}},
            "a: no longer required (reads may give UNSET)",
        ),
        (
            {"key": "/schema/properties/a", "change": "changed", "before": {"type": "string"}, "after": {}},
            "a: type string -> any",
        ),
        (
            {
                "key": "/schema/properties/a/items/properties/at",
                "change": "changed",
                "before": {"format": "date-time"},
                "after": {},
            },
            "a[].at: format date-time -> none (changes the SDK's Python type)",
        ),
    ],
)
def test_response_changes_that_break_sdk_users(attr: dict[str, Any], reason: str) -> None:
    assert verdicts(response(attr)) == [(True, reason)]


def test_renamed_operation_or_parameter_breaks_sdk_users() -> None:
    renamed = op(attributes=[{"key": "/operationId", "change": "changed", "before": "getX", "after": "fetchX"}])
    assert verdicts(renamed) == [(True, "operationId: 'getX' -> 'fetchX'")]
    params = [
        {"name": "path parameter 'id'", "change": "removed", "attributes": []},
        {"name": "path parameter 'xId'", "change": "added", "attributes": [{"key": "", "after": {"required": True}}]},
    ]
    assert verdicts(op(parameters=params)) == [(True, "removed"), (True, "added (required)")]
