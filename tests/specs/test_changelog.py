"""scripts/spectools/changelog.py (`make changelog`): the coming release's section, written from make diff-specs'
classification of the spec's changes since the last release, above the older ones; never twice."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
import yaml
from specmodel import ROOT
from spectools import changelog

TODAY = datetime.date(2026, 12, 2)


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "specs" / "changelog").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "changelog" / "bol.md", tmp_path / "specs" / "changelog" / "bol.md")
    return tmp_path


def test_the_next_version_gets_its_section_with_the_breaking_changes_first(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    spec = yaml.safe_load((ROOT / "specs" / "bol.yaml").read_text())
    old_version = spec["info"]["version"]
    major, minor, _ = old_version.split(".")
    new_version = f"{major}.{int(minor) + 1}.0"  # the next spec revision
    spec["info"]["version"] = new_version
    statuses = spec["components"]["schemas"]["ProcessStatusStatus"]
    statuses["enum"] = [v for v in statuses["enum"] if v != "TIMEOUT"]  # an SDK user's enum member goes
    (root / "specs" / "bol.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    old = tmp_path / "bol-before.yaml"
    shutil.copy(ROOT / "specs" / "bol.yaml", old)

    assert changelog.main(["bol", "--old", str(old)], root=root, today=TODAY) == 0
    text = (root / "specs" / "changelog" / "bol.md").read_text()
    assert changelog.versions(text)[:2] == [new_version, old_version]
    new = text[text.index(f"## {new_version}") : text.index(f"## {old_version}")]
    assert new.startswith(f"## {new_version} (2026-12-02)\n")
    breaking = new[new.index("### Breaking for SDK users") :]
    assert "enum value removed: TIMEOUT" in breaking.split("###")[1]

    # Once written, a version's section is the maintainers' to edit: the tool refuses to write it again.
    assert changelog.main(["bol", "--old", str(old)], root=root, today=TODAY) == 1


def test_without_a_release_tag_the_base_must_be_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _tree(tmp_path)
    shutil.copy(ROOT / "specs" / "bol.yaml", root / "specs" / "bol.yaml")
    assert changelog.main(["bol"], root=root, today=TODAY) == 2
    assert "has no release tag yet: name the base, BASE=<ref>" in capsys.readouterr().err


def test_every_package_ships_a_changelog_with_its_version() -> None:
    from providers import PROVIDERS
    from specmodel import load

    for key, provider in PROVIDERS.items():
        text = (provider.client_dir / "CHANGELOG.md").read_text()
        assert text == (ROOT / "specs" / "changelog" / f"{key}.md").read_text()
        assert load(key).version in changelog.versions(text)
