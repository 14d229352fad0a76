"""The errors this package raises: asyncstatus-core's one family (`asyncstatus_core.errors`), so
`except errors.SDKError` here, or `except asyncstatus_core.SDKError` for every provider at once, catches
whatever a call, a wait, a tracker or the command line can raise:

    SDKError
    ├── APIConnectionError        no usable answer: refused, reset, DNS, protocol (`url`, `host`, `which`)
    │   ├── APITimeoutError       a timeout or the deadline passed (also a `TimeoutError`)
    │   ├── TLSError              the TLS handshake or certificate check failed
    │   └── TokenEndpointUnavailable   the token endpoint answered 429 or 5xx (a passing condition)
    ├── InvalidURL                a URL the SDK can never speak (also a `ValueError`)
    ├── InvalidParameter          a value the spec's parameter schema refuses, or an empty id (also a `ValueError`)
    ├── TooManyRedirects          a redirect loop (only with follow_redirects)
    ├── BodyTooLarge              the answer passed the client's `max_body_size` (`limit`, `url`)
    ├── AuthenticationError       the token endpoint refused the credentials, or sent no token
    ├── UnexpectedStatus, UnexpectedResponse, MissingField (an `AttributeError`)   about an answer
    ├── WaitError                 a wait that ended without a terminal status
    │   └── WaitTimeout (a `TimeoutError`), ProcessNotFound, AuthenticationFailed, UnexpectedAnswer
    └── StoreError                the tracker's store cannot be used
"""

from asyncstatus_core.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    AuthenticationFailed,
    BodyTooLarge,
    InvalidParameter,
    InvalidURL,
    MissingField,
    ProcessNotFound,
    SDKError,
    StoreError,
    TLSError,
    TokenEndpointUnavailable,
    TooManyRedirects,
    UnexpectedAnswer,
    UnexpectedResponse,
    UnexpectedStatus,
    WaitError,
    WaitTimeout,
)

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthenticationFailed",
    "BodyTooLarge",
    "InvalidParameter",
    "InvalidURL",
    "MissingField",
    "ProcessNotFound",
    "SDKError",
    "StoreError",
    "TLSError",
    "TokenEndpointUnavailable",
    "TooManyRedirects",
    "UnexpectedAnswer",
    "UnexpectedResponse",
    "UnexpectedStatus",
    "WaitError",
    "WaitTimeout",
]
