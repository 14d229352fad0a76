"""`make generate` skips the work when nothing it reads changed (build/generate.stamp); --force and --check don't."""

from __future__ import annotations

from pathlib import Path

import pytest
from codegen import generate


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A checkout in miniature: one file for each kind of generator input, and a generated/ tree."""
    files = {
        "specs/bol.yaml": "openapi: 3.1.0\n",
        "scripts/codegen/templates/client.py.jinja": "{{ x }}\n",
        "scripts/codegen/runtime/errors.py": "class SDKError(Exception): ...\n",
        "scripts/codegen/generate.py": "# generator\n",
        "scripts/codegen/sdkfacts.py": "# facts\n",
        "scripts/specmodel/view.py": "# the spec model\n",
        "scripts/providers.py": "# providers\n",
        "requirements.lock": "ruff==1\n",
        "scripts/other.py": "# not an input\n",
        "generated/models/bol.py": "class A: ...\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_inputs_digest_is_stable_and_changes_with_every_kind_of_input(root: Path) -> None:
    before = generate.inputs_digest(root)
    assert generate.inputs_digest(root) == before
    (root / "scripts" / "other.py").write_text("# edited, but generation does not read it\n")
    (root / "scripts" / "codegen" / "runtime" / "__pycache__").mkdir()
    (root / "scripts" / "codegen" / "runtime" / "__pycache__" / "errors.pyc").write_bytes(b"\0")
    assert generate.inputs_digest(root) == before
    seen = {before}
    for name in (
        "specs/bol.yaml",
        "scripts/codegen/templates/client.py.jinja",
        "scripts/codegen/runtime/errors.py",
        "scripts/codegen/generate.py",
        "scripts/codegen/sdkfacts.py",
        "scripts/specmodel/view.py",
        "scripts/providers.py",
        "requirements.lock",
    ):
        with (root / name).open("a") as f:
            f.write("# changed\n")
        digest = generate.inputs_digest(root)
        assert digest not in seen, f"editing {name} left the inputs digest as it was"
        seen.add(digest)
    (root / "specs" / "new.yaml").write_text("openapi: 3.1.0\n")  # a new provider's spec
    assert generate.inputs_digest(root) not in seen


def test_tree_digest_notices_a_hand_edit_an_added_or_a_removed_file(root: Path) -> None:
    tree = root / "generated"
    before = generate.tree_digest(tree)
    (tree / "models" / "__pycache__").mkdir()
    (tree / "models" / "__pycache__" / "bol.cpython-311.pyc").write_bytes(b"\0")
    assert generate.tree_digest(tree) == before  # caches are not generated code
    (tree / "models" / "bol.py").write_text("class A: ...  # hand edit\n")
    edited = generate.tree_digest(tree)
    assert edited != before
    (tree / "models" / "extra.py").write_text("")
    assert generate.tree_digest(tree) not in {before, edited}
    assert generate.tree_digest(root / "missing") == ""


@pytest.fixture
def fake_generate(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Runs of `generate.generate`, which writes one file instead of running the generators (~6 s)."""
    calls: list[Path] = []

    def fake(target: Path) -> None:
        calls.append(target)
        (target / "models").mkdir(parents=True, exist_ok=True)
        (target / "models" / "bol.py").write_text("class A: ...\n")

    monkeypatch.setattr(generate, "generate", fake)
    monkeypatch.setattr(generate, "ROOT", root)
    monkeypatch.setattr(generate, "GENERATED", root / "generated")
    monkeypatch.setattr(generate, "STAMP", root / "build" / "generate.stamp")
    return calls


def test_second_run_is_skipped_until_an_input_or_generated_changes(
    root: Path, fake_generate: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate.main([]) == 0
    assert len(fake_generate) == 1
    assert (root / "build" / "generate.stamp").is_file()
    assert generate.main([]) == 0
    assert len(fake_generate) == 1
    assert "generated/ is up to date" in capsys.readouterr().out
    assert generate.main(["--force"]) == 0
    assert len(fake_generate) == 2
    (root / "specs" / "bol.yaml").write_text("openapi: 3.1.0\ninfo: {}\n")
    generate.main([])
    assert len(fake_generate) == 3
    (root / "generated" / "models" / "bol.py").write_text("# hand edit\n")
    generate.main([])
    assert len(fake_generate) == 4
    assert (root / "generated" / "models" / "bol.py").read_text() == "class A: ...\n"


def test_check_regenerates_even_when_the_stamp_matches(fake_generate: list[Path]) -> None:
    generate.main([])
    assert generate.main(["--check"]) == 0
    assert len(fake_generate) == 2


def test_a_failed_run_leaves_no_stamp(root: Path, fake_generate: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    generate.main([])

    def broken(target: Path) -> None:
        raise generate.GenerationError("openapi-python-client failed")

    monkeypatch.setattr(generate, "generate", broken)
    assert generate.main(["--force"]) == 1
    assert not (root / "build" / "generate.stamp").exists()
