"""scripts/spectools/release_check.py: release.yml publishes a package only when its tag names the spec's
info.version."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from providers import PROVIDERS
from specmodel import ROOT, load
from spectools import release_check
from spectools.release_check import Release, ReleaseError, check_dists, check_tag


def _tag(key: str, version: str | None = None) -> str:
    return f"{PROVIDERS[key].dist}-v{version or load(key).version}"


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_spec_version_tag_releases_that_package(key: str) -> None:
    version = load(key).version
    release = check_tag(_tag(key))
    assert release == Release(key, PROVIDERS[key].dist, version, f"generated/clients/{PROVIDERS[key].dist}")
    assert (ROOT / release.project / "pyproject.toml").is_file()


def test_another_version_is_refused_naming_spec_line_and_right_tag() -> None:
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag("bol", "10.0.0"))
    message = str(err.value)
    right = _tag("bol")
    line = next(i for i, text in enumerate((ROOT / "specs/bol.yaml").read_text().splitlines(), 1) if "version:" in text)
    assert f"specs/bol.yaml:{line}: info.version is" in message
    assert "'10.0.0'" in message and f"tag {right} releases this spec" in message


@pytest.mark.parametrize(
    ("tag", "says"),
    [
        ("v10.1.0", "expected <dist>-v<version>"),
        ("bol-process-status-client-10.1.0", "expected <dist>-v<version>"),
        ("bol-process-status-client-v", "expected <dist>-v<version>"),
        ("bol_process_status_client-v10.1.0", "expected <dist>-v<version>"),
        ("bol-client-v10.1.0", "'bol-client' is not a package of this repository"),
    ],
)
def test_malformed_or_unknown_tags_are_refused_listing_the_packages(tag: str, says: str) -> None:
    with pytest.raises(ReleaseError) as err:
        check_tag(tag)
    assert says in str(err.value)
    assert all(f"{p.dist}-v<version>" in str(err.value) for p in PROVIDERS.values())


def test_a_prefix_of_the_version_is_not_the_version() -> None:
    version = load("bol").version
    for other in (version + ".1", version.rsplit(".", 1)[0], version + "rc1"):
        with pytest.raises(ReleaseError):
            check_tag(_tag("bol", other))


def _copy_tree(tmp_path: Path, key: str) -> Path:
    dist = PROVIDERS[key].dist
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / f"{key}.yaml", tmp_path / "specs" / f"{key}.yaml")
    (tmp_path / "generated" / "clients" / dist).mkdir(parents=True)
    shutil.copy(ROOT / "generated/clients" / dist / "pyproject.toml", tmp_path / "generated/clients" / dist)
    shutil.copy(ROOT / "generated/clients" / dist / "CHANGELOG.md", tmp_path / "generated/clients" / dist)
    return tmp_path


def test_stale_generated_package_is_refused(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, "booster")
    spec = root / "specs" / "booster.yaml"
    old = load("booster").version
    spec.write_text(spec.read_text().replace(f"version: {old}", "version: 9.9.9", 1))
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag("booster", "9.9.9"), root=root)
    assert f"project.version is '{old}', the spec says '9.9.9'" in str(err.value)
    assert "make generate" in str(err.value)


def test_spec_without_info_version_names_the_line(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, "booster")
    spec = root / "specs" / "booster.yaml"
    old = load("booster").version
    spec.write_text(spec.read_text().replace(f"  version: {old}\n", "", 1))
    with pytest.raises(ReleaseError, match=r"specs/booster\.yaml:2: info\.version: missing"):
        check_tag(_tag("booster"), root=root)


def _built(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "dist"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes(b"")
    return folder


def test_dists_must_be_exactly_this_versions_wheel_and_sdist(tmp_path: Path) -> None:
    release = check_tag(_tag("bol"))
    stem = f"bol_process_status_client-{release.version}"
    ok = _built(tmp_path / "ok", f"{stem}-py3-none-any.whl", f"{stem}.tar.gz")
    assert [p.name for p in check_dists(release, ok)] == sorted([f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"])

    no_sdist = _built(tmp_path / "no-sdist", f"{stem}-py3-none-any.whl")
    with pytest.raises(ReleaseError, match=rf"{stem}\.tar\.gz is missing"):
        check_dists(release, no_sdist)

    extra = _built(tmp_path / "extra", f"{stem}-py3-none-any.whl", f"{stem}.tar.gz", "booster_task_client-2.1.0.tar.gz")
    with pytest.raises(ReleaseError, match=r"booster_task_client-2\.1\.0\.tar\.gz is not part of"):
        check_dists(release, extra)


def test_main_writes_github_output_and_exits_1_on_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "github_output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    assert release_check.main([_tag("mykaarma"), "--github-output"]) == 0
    version = load("mykaarma").version
    dist = PROVIDERS["mykaarma"].dist
    written = output.read_text().splitlines()
    assert written == [f"dist={dist}", f"version={version}", f"project=generated/clients/{dist}"]

    assert release_check.main([_tag("mykaarma", "0.0.1"), "--github-output"]) == 1
    assert "release_check: specs/mykaarma.yaml:" in capsys.readouterr().err
    assert output.read_text().count("dist=") == 1  # nothing written for a refused tag


def test_a_version_without_a_changelog_section_is_refused(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, "booster")
    changelog = root / "generated/clients" / PROVIDERS["booster"].dist / "CHANGELOG.md"
    version = load("booster").version
    changelog.write_text(changelog.read_text().replace(f"## {version} ", "## 0.0.1 "))
    with pytest.raises(
        ReleaseError, match=re.escape(f"CHANGELOG.md: no section for {version}: run make changelog PROVIDER=booster")
    ):
        check_tag(_tag("booster"), root=root)
    changelog.unlink()
    with pytest.raises(ReleaseError, match=r"CHANGELOG\.md: missing"):
        check_tag(_tag("booster"), root=root)
