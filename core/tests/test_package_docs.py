"""The docstrings a generated package's `errors` and `__init__` take from `package_docs` (issue 19) name that
package and show only what it has; `installed.version_of` falls back to the generated version."""

from __future__ import annotations

from asyncstatus_core import errors, package_docs
from asyncstatus_core.installed import version_of


def test_the_errors_docstring_names_the_package_and_draws_every_class_it_exports() -> None:
    doc = package_docs.errors("acme_client")
    assert "    from acme_client import create_client_from_env, errors" in doc
    assert "PACKAGE" not in doc
    drawn = {name for name in errors.__all__ if name in doc}
    assert drawn == set(errors.__all__)


def test_the_package_docstring_shows_its_example_and_only_its_modules() -> None:
    doc = package_docs.package(
        "acme_client", "Acme jobs", ["ACME_TOKEN", "ACME_BASE_URL"], {"job_id": "7"}, extras=["waiters", "cli"]
    )
    assert doc.startswith("A client library for Acme jobs.\n")
    assert "# reads ACME_TOKEN, ACME_BASE_URL if set" in doc
    assert "final = wait_until_done(client=client, job_id='7', timeout=300)" in doc
    assert "`acme_client.tracker`" in doc and "python -m acme_client --help" in doc
    assert "`acme_client.pages`" not in doc and "`acme_client.csv`" not in doc
    plain = package_docs.package("acme_client", "Acme", ["ACME_TOKEN"], {"owner": "me"}, operation="api.jobs.list_jobs")
    assert "    from acme_client.api.jobs import list_jobs" in plain
    assert "answer = list_jobs.sync_detailed(client=client, owner='me')" in plain
    assert "waiters" not in plain


def test_an_uninstalled_package_has_its_generated_version() -> None:
    assert version_of("no-such-distribution-of-asyncstatus", "1.2.3.1.1") == "1.2.3.1.1"
    assert version_of("httpx", "0") != "0"
