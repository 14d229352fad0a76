from __future__ import annotations

from typing import Any

from asyncstatus_core.model import NONE, STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model
from asyncstatus_core.model import union as _union

from ..models.async_task_status import AsyncTaskStatus
from ..types import UNSET, Unset


class AsyncTaskAttributes(OpenModel[Any]):
    """State of the asynchronous task."""

    status: AsyncTaskStatus = _field("status", _enum(AsyncTaskStatus))
    """Status of the asynchronous task:
    * `pending`: the task has been created;
    * `running`: the task is active, the validation is under way;
    * `completed`: the task finished successfully (see `results`);
    * `failed`: the task failed because of an error on the platform side (see `failure_message`).
    """
    failure_message: str | Unset = _field("failure_message", STR, default=UNSET)
    """Why the task failed on the platform side; meaningful when `status` is `failed`. In other
    states the field is an empty string (as in the documentation's example, where a
    completed task carries `""` rather than `null`, which points to an empty-string default
    for the column). It is not listed as required because the docs only promise it for
    failed tasks; it is not typed nullable because neither the docs nor known answers show
    `null` for it (tests/corpus/activeplatform/SOURCES.md).
    """
    results: AsyncTaskResults | None | Unset = _field(
        "results", _union(_model(lambda: AsyncTaskResults, needs=("valid",)), NONE), default=UNSET
    )
    """Outcome of the validation, filled once `status` is `completed` (reference page). Before
    that (and for a `failed` task) it is `null`: ActivePlatform's API is a Rails
    application whose serializers write an attribute without a value as `null` rather than
    leave it out, as its own response examples show (`"promo_code": null` in the API v1
    guide, https://docs.activeplatform.com/api-guide/2.0/en/klienty-v1/poluchenie-spiska-podpisok-klienta;
    tests/corpus/activeplatform/SOURCES.md S3, S4). The seed page types it as an object and
    says when it is present; it does not promise it is never `null`.
    """


from ..models.async_task_results import AsyncTaskResults  # noqa: E402
