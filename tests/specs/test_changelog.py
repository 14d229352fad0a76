"""scripts/spectools/changelog.py (`make changelog`): the coming release's section, headed by the package version
(<info.version>.<core major>.<core minor>) and written from make diff-specs' classification of the spec's changes
since the last release, above the older ones (those headed by the spec version alone, from before the core,
included); never twice."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
import yaml
from specmodel import ROOT
from spectools import changelog
from spectools.release_check import CORE_INIT, core_version

TODAY = datetime.date(2026, 12, 2)
CORE, (MAJOR, MINOR), CORE_LINE = core_version()


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "specs" / "changelog").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "changelog" / "bol.md", tmp_path / "specs" / "changelog" / "bol.md")
    (tmp_path / CORE_INIT).parent.mkdir(parents=True)
    shutil.copy(ROOT / CORE_INIT, tmp_path / CORE_INIT)
    return tmp_path


def test_the_next_version_gets_its_section_with_the_breaking_changes_first(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    spec = yaml.safe_load((ROOT / "specs" / "bol.yaml").read_text())
    old_spec = spec["info"]["version"]
    old_version = f"{old_spec}.{MAJOR}.{MINOR}"
    major, minor, _ = old_spec.split(".")
    new_spec = f"{major}.{int(minor) + 1}.0"  # the next spec revision
    new_version = f"{new_spec}.{MAJOR}.{MINOR}"  # the package version: on the same core
    spec["info"]["version"] = new_spec
    statuses = spec["components"]["schemas"]["ProcessStatusStatus"]
    statuses["enum"] = [v for v in statuses["enum"] if v != "TIMEOUT"]  # an SDK user's enum member goes
    (root / "specs" / "bol.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    old = tmp_path / "bol-before.yaml"
    shutil.copy(ROOT / "specs" / "bol.yaml", old)

    assert changelog.main(["bol", "--old", str(old)], root=root, today=TODAY) == 0
    text = (root / "specs" / "changelog" / "bol.md").read_text()
    versions = changelog.versions(text)
    assert versions[:2] == [new_version, old_version]
    assert any(v.count(".") == 2 for v in versions[2:])  # the sections from before the core stay
    new = text[text.index(f"## {new_version}") : text.index(f"## {old_version}")]
    assert new.startswith(f"## {new_version} (2026-12-02)\n")
    assert f"Spec {new_spec}; needs `asyncstatus-core>={MAJOR}.{MINOR},<{MAJOR + 1}`" in new
    breaking = new[new.index("### Breaking for SDK users") :]
    assert "enum value removed: TIMEOUT" in breaking.split("###")[1]

    # Once written, a version's section is the maintainers' to edit: the tool refuses to write it again, before
    # it runs the diff (seconds of Optic).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(changelog, "diff_files", lambda *_: pytest.fail("diffed the specs of a version already written"))
        assert changelog.main(["bol", "--old", str(old)], root=root, today=TODAY) == 1

    # The same spec on a new core minor is a new package version: its own section, above.
    init = root / CORE_INIT
    init.write_text(init.read_text().replace(f'"{MAJOR}.{MINOR}.', f'"{MAJOR}.{MINOR + 1}.'))
    assert changelog.main(["bol", "--old", str(old)], root=root, today=TODAY) == 0
    text = (root / "specs" / "changelog" / "bol.md").read_text()
    assert changelog.versions(text)[:2] == [f"{new_spec}.{MAJOR}.{MINOR + 1}", new_version]


def test_a_new_section_goes_above_sections_from_before_the_core() -> None:
    old = "# Changelog of x\n\nintro\n\n## 10.2.0 (2026-12-02)\n\n- old\n"
    new = changelog.insert(old, "## 10.2.0.1.0 (2026-12-06)\n\n- new\n", "bol")
    assert changelog.versions(new) == ["10.2.0.1.0", "10.2.0"]
    assert new.startswith("# Changelog of x\n\nintro\n\n## 10.2.0.1.0")


def test_without_a_release_tag_the_base_must_be_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _tree(tmp_path)
    spec = (ROOT / "specs" / "bol.yaml").read_text()
    version = yaml.safe_load(spec)["info"]["version"]
    (root / "specs" / "bol.yaml").write_text(spec.replace(f"version: {version}", "version: 99.0.0", 1))  # unwritten
    assert changelog.main(["bol"], root=root, today=TODAY) == 2
    assert "has no release tag yet: name the base, BASE=<ref>" in capsys.readouterr().err


def test_every_package_ships_a_changelog_with_its_version() -> None:
    from providers import PROVIDERS
    from specmodel import load

    for key, provider in PROVIDERS.items():
        text = (provider.client_dir / "CHANGELOG.md").read_text()
        assert text == (ROOT / "specs" / "changelog" / f"{key}.md").read_text()
        assert f"{load(key).version}.{MAJOR}.{MINOR}" == changelog.versions(text)[0]
        assert text.startswith(changelog.header(key))


def test_a_new_providers_first_changelog_needs_no_base(tmp_path: Path) -> None:
    """No release tag and no section yet: the first section lists the spec as new, without `BASE=`."""
    root = _tree(tmp_path)
    (root / "specs" / "changelog" / "bol.md").unlink()  # as for a provider added since the last release
    shutil.copy(ROOT / "specs" / "bol.yaml", root / "specs" / "bol.yaml")
    assert changelog.main(["bol"], root=root, today=TODAY) == 0
    text = (root / "specs" / "changelog" / "bol.md").read_text()
    version = yaml.safe_load((ROOT / "specs" / "bol.yaml").read_text())["info"]["version"]
    assert text.startswith(changelog.header("bol"))
    assert changelog.versions(text) == [f"{version}.{MAJOR}.{MINOR}"]
    assert "- specs/bol.yaml: new spec" in text
