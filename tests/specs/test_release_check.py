"""scripts/spectools/release_check.py: release.yml publishes an SDK only when its tag names
<spec info.version>.<core major>.<core minor>, and the core only when its tag names the core's __version__."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from providers import PROVIDERS
from specmodel import ROOT, load
from spectools import release_check
from spectools.release_check import CORE_INIT, Release, ReleaseError, check_dists, check_tag, core_version

CORE_VERSION, (MAJOR, MINOR), CORE_LINE = core_version()


def _version(key: str) -> str:
    """The package version: the spec's info.version, then the core's MAJOR.MINOR."""
    return f"{load(key).version}.{MAJOR}.{MINOR}"


def _tag(key: str, version: str | None = None) -> str:
    return f"{PROVIDERS[key].dist}-v{version or _version(key)}"


def _core_tag(version: str = CORE_VERSION) -> str:
    return f"asyncstatus-core-v{version}"


def test_the_core_version_is_the_init_line() -> None:
    lines = (ROOT / CORE_INIT).read_text().splitlines()
    assert lines[CORE_LINE - 1] == f'__version__ = "{CORE_VERSION}"'


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_package_version_tag_releases_that_package(key: str) -> None:
    dist = PROVIDERS[key].dist
    release = check_tag(_tag(key))
    assert release == Release(key, dist, _version(key), f"generated/clients/{dist}", f"{MAJOR}.{MINOR}")
    assert (ROOT / release.project / "pyproject.toml").is_file()


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_spec_version_alone_is_no_longer_a_release(key: str) -> None:
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag(key, load(key).version))
    assert f"tag {_tag(key)} releases this spec" in str(err.value)


def test_another_spec_version_is_refused_naming_spec_line_and_right_tag() -> None:
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag("bol", f"10.0.0.{MAJOR}.{MINOR}"))
    message = str(err.value)
    right = _tag("bol")
    line = next(i for i, text in enumerate((ROOT / "specs/bol.yaml").read_text().splitlines(), 1) if "version:" in text)
    assert f"specs/bol.yaml:{line}: info.version is" in message
    assert f"'10.0.0.{MAJOR}.{MINOR}'" in message and f"tag {right} releases this spec" in message


def test_another_core_part_is_refused_naming_the_core_line() -> None:
    other = f"{load('bol').version}.{MAJOR}.{MINOR + 1}"
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag("bol", other))
    message = str(err.value)
    assert f"{CORE_INIT}:{CORE_LINE}: __version__ is '{CORE_VERSION}'" in message
    assert f"tag {_tag('bol')} releases this package" in message and "release the core" in message


def test_the_core_tag_releases_the_core() -> None:
    assert check_tag(_core_tag()) == Release("core", "asyncstatus-core", CORE_VERSION, "core")
    assert f"## {CORE_VERSION}" in (ROOT / "core/CHANGELOG.md").read_text()


def test_another_core_version_is_refused_naming_the_init_line() -> None:
    with pytest.raises(ReleaseError) as err:
        check_tag(_core_tag(f"{MAJOR}.{MINOR}.99"))
    message = str(err.value)
    assert f"{CORE_INIT}:{CORE_LINE}: __version__ is '{CORE_VERSION}'" in message
    assert f"tag {_core_tag()} releases this core" in message
    for other in (f"{MAJOR}.{MINOR}", CORE_VERSION + ".0", CORE_VERSION + "rc1"):
        with pytest.raises(ReleaseError):
            check_tag(_core_tag(other))


def _core_tree(tmp_path: Path) -> Path:
    (tmp_path / CORE_INIT).parent.mkdir(parents=True)
    shutil.copy(ROOT / CORE_INIT, tmp_path / CORE_INIT)
    shutil.copy(ROOT / "core/CHANGELOG.md", tmp_path / "core/CHANGELOG.md")
    return tmp_path


def test_a_core_version_without_a_changelog_section_is_refused(tmp_path: Path) -> None:
    root = _core_tree(tmp_path)
    init = root / CORE_INIT
    init.write_text(init.read_text().replace(f'"{CORE_VERSION}"', f'"{MAJOR}.{MINOR + 1}.0"'))
    with pytest.raises(ReleaseError, match=re.escape(f"core/CHANGELOG.md: no section for {MAJOR}.{MINOR + 1}.0: add")):
        check_tag(_core_tag(f"{MAJOR}.{MINOR + 1}.0"), root=root)
    (root / "core/CHANGELOG.md").unlink()
    with pytest.raises(ReleaseError, match=r"core/CHANGELOG\.md: missing"):
        check_tag(_core_tag(f"{MAJOR}.{MINOR + 1}.0"), root=root)
    init.write_text("__version__ = '1.0'\n")
    with pytest.raises(ReleaseError, match=r"__init__\.py: no `__version__ = \"X\.Y\.Z\"` line"):
        check_tag(_core_tag(), root=root)


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
    assert "asyncstatus-core-v<version>" in str(err.value)


def test_a_prefix_of_the_version_is_not_the_version() -> None:
    version = _version("bol")
    for other in (version + ".1", version.rsplit(".", 1)[0], version + "rc1", load("bol").version + ".1"):
        with pytest.raises(ReleaseError):
            check_tag(_tag("bol", other))


def _copy_tree(tmp_path: Path, key: str) -> Path:
    dist = PROVIDERS[key].dist
    _core_tree(tmp_path)
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
        check_tag(_tag("booster", f"9.9.9.{MAJOR}.{MINOR}"), root=root)
    wanted = f"9.9.9.{MAJOR}.{MINOR}"
    assert f"pyproject.toml:3: project.version is '{_version('booster')}', the spec and the core say '{wanted}'" in str(
        err.value
    )
    assert "make generate" in str(err.value)


def test_a_package_generated_on_another_core_is_stale(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, "booster")
    init = root / CORE_INIT
    init.write_text(init.read_text().replace(f'"{CORE_VERSION}"', f'"{MAJOR + 1}.0.0"'))
    wanted = f"{load('booster').version}.{MAJOR + 1}.0"
    with pytest.raises(ReleaseError) as err:
        check_tag(_tag("booster", wanted), root=root)
    message = str(err.value)
    assert f"project.version is '{_version('booster')}', the spec and the core say '{wanted}'" in message
    assert f"the core says 'asyncstatus-core>={MAJOR + 1}.0,<{MAJOR + 2}'" in message
    assert message.count("generated/ is stale (make generate)") == 2


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
    stem = f"bol_process_status_client-{_version('bol')}"
    ok = _built(tmp_path / "ok", f"{stem}-py3-none-any.whl", f"{stem}.tar.gz")
    assert [p.name for p in check_dists(release, ok)] == sorted([f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"])

    no_sdist = _built(tmp_path / "no-sdist", f"{stem}-py3-none-any.whl")
    with pytest.raises(ReleaseError, match=rf"{stem}\.tar\.gz is missing"):
        check_dists(release, no_sdist)

    extra = _built(tmp_path / "extra", f"{stem}-py3-none-any.whl", f"{stem}.tar.gz", "booster_task_client-2.1.0.tar.gz")
    with pytest.raises(ReleaseError, match=r"booster_task_client-2\.1\.0\.tar\.gz is not part of"):
        check_dists(release, extra)

    core = check_tag(_core_tag())
    core_stem = f"asyncstatus_core-{CORE_VERSION}"
    both = _built(tmp_path / "core", f"{core_stem}-py3-none-any.whl", f"{core_stem}.tar.gz")
    assert len(check_dists(core, both)) == 2


def test_main_writes_github_output_and_exits_1_on_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "github_output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    assert release_check.main([_tag("mykaarma"), "--github-output"]) == 0
    dist = PROVIDERS["mykaarma"].dist
    written = output.read_text().splitlines()
    project = f"project=generated/clients/{dist}"
    assert written == [f"dist={dist}", f"version={_version('mykaarma')}", project, f"core={MAJOR}.{MINOR}"]

    assert release_check.main([_tag("mykaarma", f"0.0.1.{MAJOR}.{MINOR}"), "--github-output"]) == 1
    assert "release_check: specs/mykaarma.yaml:" in capsys.readouterr().err
    assert output.read_text().count("dist=") == 1  # nothing written for a refused tag

    output.unlink()
    assert release_check.main([_core_tag(), "--github-output"]) == 0
    assert output.read_text().splitlines() == [
        "dist=asyncstatus-core",
        f"version={CORE_VERSION}",
        "project=core",
        "core=",
    ]


def test_a_version_without_a_changelog_section_is_refused(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, "booster")
    changelog = root / "generated/clients" / PROVIDERS["booster"].dist / "CHANGELOG.md"
    version = _version("booster")
    changelog.write_text(changelog.read_text().replace(f"## {version} ", "## 0.0.1 "))
    with pytest.raises(
        ReleaseError, match=re.escape(f"CHANGELOG.md: no section for {version}: run make changelog PROVIDER=booster")
    ):
        check_tag(_tag("booster"), root=root)
    changelog.unlink()
    with pytest.raises(ReleaseError, match=r"CHANGELOG\.md: missing"):
        check_tag(_tag("booster"), root=root)
