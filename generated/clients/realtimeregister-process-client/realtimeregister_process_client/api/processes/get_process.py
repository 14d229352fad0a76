from typing import Any
from urllib.parse import quote

import httpx
from asyncstatus_core import answers as _answers
from asyncstatus_core import limits as _limits
from asyncstatus_core import params as _params
from asyncstatus_core import servers as _servers

from ... import _media, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.process import Process
from ...models.process_fields import ProcessFields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    process_id: int,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = _media.request_headers("get_process")

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _params.check_path(
        _media.PATH_RULES["get_process"],
        process_id=process_id,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/processes/{process_id}".format(
            process_id=quote(str(process_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Process | ProcessFields | None:
    if response.status_code == 200:
        try:

            def _parse_response_200(data: object) -> Process | ProcessFields:
                try:
                    if not (
                        isinstance(data, dict)
                        and {"action", "command", "createdDate", "customer", "id", "status", "type", "user"}
                        <= data.keys()
                    ):
                        raise TypeError()
                    response_200_type_0 = Process.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = ProcessFields.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(
                _answers.json_body(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_200

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=True)
            return None
    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_400

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_401

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_403

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 404:
        try:
            response_404 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_404

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_429

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 500:
        try:
            response_500 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_500

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 502:
        try:
            response_502 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_502

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if response.status_code == 503:
        try:
            response_503 = ErrorResponse.from_dict(
                _answers.json_object(response, "get_process", _media.TABULAR.get("get_process"))
            )

            return response_503

        except _answers.PARSE_ERRORS as error:
            _answers.unusable(response, error, success=False)
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Process | ProcessFields]:
    return Response(
        status_code=_answers.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    process_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | Process | ProcessFields]:
    """Get a process

     Returns one process of the authenticated customer, identified by the numeric id that the
    mutating call answered with.

    Polling: `status` tells where the process stands. `NEW`, `VALIDATED` and `SCHEDULED` have
    not started yet; `RUNNING` is in progress. `IN_DOUBT` means the outcome at the registry
    (provider) is not known yet, typically after a timeout in the provider's answer; Realtime
    Register settles it afterwards (by checking with the provider, or by hand), so the process
    is treated as still running and a poller keeps polling rather than calling it failed.
    `COMPLETED` is the successful end; `INVALID` (the command was rejected before it ran) and
    `FAILED` are unsuccessful ends; `CANCELLED` ends a process that was cancelled.
    `SUSPENDED` waits for the caller: `resumeTypes` lists how it can be continued.

    A process that does not exist (or belongs to another customer) is an error, not a record
    that expired. Realtime Register answers it with **400** and an `ObjectDoesNotExist` body
    (its "Generic errors" page, https://dm.realtimeregister.com/docs/api/errors, and the
    official SDKs: see the 400 answer); `x-async-status.not-found-answers` tells the waiters
    to treat that answer like a 404.

    Args:
        process_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Process | ProcessFields]
    """

    kwargs = _get_kwargs(
        process_id=process_id,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process"))

    response = _limits.send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    process_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorResponse | Process | ProcessFields | None:
    """Get a process

     Returns one process of the authenticated customer, identified by the numeric id that the
    mutating call answered with.

    Polling: `status` tells where the process stands. `NEW`, `VALIDATED` and `SCHEDULED` have
    not started yet; `RUNNING` is in progress. `IN_DOUBT` means the outcome at the registry
    (provider) is not known yet, typically after a timeout in the provider's answer; Realtime
    Register settles it afterwards (by checking with the provider, or by hand), so the process
    is treated as still running and a poller keeps polling rather than calling it failed.
    `COMPLETED` is the successful end; `INVALID` (the command was rejected before it ran) and
    `FAILED` are unsuccessful ends; `CANCELLED` ends a process that was cancelled.
    `SUSPENDED` waits for the caller: `resumeTypes` lists how it can be continued.

    A process that does not exist (or belongs to another customer) is an error, not a record
    that expired. Realtime Register answers it with **400** and an `ObjectDoesNotExist` body
    (its "Generic errors" page, https://dm.realtimeregister.com/docs/api/errors, and the
    official SDKs: see the 400 answer); `x-async-status.not-found-answers` tells the waiters
    to treat that answer like a 404.

    Args:
        process_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | Process | ProcessFields
    """

    return sync_detailed(
        process_id=process_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    process_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | Process | ProcessFields]:
    """Get a process

     Returns one process of the authenticated customer, identified by the numeric id that the
    mutating call answered with.

    Polling: `status` tells where the process stands. `NEW`, `VALIDATED` and `SCHEDULED` have
    not started yet; `RUNNING` is in progress. `IN_DOUBT` means the outcome at the registry
    (provider) is not known yet, typically after a timeout in the provider's answer; Realtime
    Register settles it afterwards (by checking with the provider, or by hand), so the process
    is treated as still running and a poller keeps polling rather than calling it failed.
    `COMPLETED` is the successful end; `INVALID` (the command was rejected before it ran) and
    `FAILED` are unsuccessful ends; `CANCELLED` ends a process that was cancelled.
    `SUSPENDED` waits for the caller: `resumeTypes` lists how it can be continued.

    A process that does not exist (or belongs to another customer) is an error, not a record
    that expired. Realtime Register answers it with **400** and an `ObjectDoesNotExist` body
    (its "Generic errors" page, https://dm.realtimeregister.com/docs/api/errors, and the
    official SDKs: see the 400 answer); `x-async-status.not-found-answers` tells the waiters
    to treat that answer like a 404.

    Args:
        process_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        Response[ErrorResponse | Process | ProcessFields]
    """

    kwargs = _get_kwargs(
        process_id=process_id,
        fields=fields,
    )
    kwargs["url"] = _servers.route(client, kwargs["url"], _media.SERVERS.get("get_process"))

    response = await _limits.async_send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    process_id: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ErrorResponse | Process | ProcessFields | None:
    """Get a process

     Returns one process of the authenticated customer, identified by the numeric id that the
    mutating call answered with.

    Polling: `status` tells where the process stands. `NEW`, `VALIDATED` and `SCHEDULED` have
    not started yet; `RUNNING` is in progress. `IN_DOUBT` means the outcome at the registry
    (provider) is not known yet, typically after a timeout in the provider's answer; Realtime
    Register settles it afterwards (by checking with the provider, or by hand), so the process
    is treated as still running and a poller keeps polling rather than calling it failed.
    `COMPLETED` is the successful end; `INVALID` (the command was rejected before it ran) and
    `FAILED` are unsuccessful ends; `CANCELLED` ends a process that was cancelled.
    `SUSPENDED` waits for the caller: `resumeTypes` lists how it can be continued.

    A process that does not exist (or belongs to another customer) is an error, not a record
    that expired. Realtime Register answers it with **400** and an `ObjectDoesNotExist` body
    (its "Generic errors" page, https://dm.realtimeregister.com/docs/api/errors, and the
    official SDKs: see the 400 answer); `x-async-status.not-found-answers` tells the waiters
    to treat that answer like a 404.

    Args:
        process_id (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
            status whose body cannot be read gives `parsed=None` instead).
        errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
            when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
        errors.BodyTooLarge: If the answer's body passed the client's max_body_size.

    Returns:
        ErrorResponse | Process | ProcessFields
    """

    return (
        await asyncio_detailed(
            process_id=process_id,
            client=client,
            fields=fields,
        )
    ).parsed
