"""Client: a gRPC channel to the edubadges API with the bearer token, retries and ApiError."""
from __future__ import annotations

import time
from typing import Any, Callable, NamedTuple, Sequence, TypeVar, Union

import grpc

from edubadges.sdk.credentials import ClientCredentials
from edubadges.sdk.errors import ApiError
from edubadges.sdk.retry import RetryPolicy, is_retryable

StubT = TypeVar("StubT")
# A fixed token, or a function asked before every call (to refresh an expiring token, such
# as ClientCredentials).
TokenSource = Union[str, Callable[[], str], None]


class _CallDetails(NamedTuple):
    method: str
    timeout: float | None
    metadata: tuple[tuple[str, str | bytes], ...] | None
    credentials: grpc.CallCredentials | None
    wait_for_ready: bool | None
    compression: grpc.Compression | None


class _ClientCallDetails(_CallDetails, grpc.ClientCallDetails):
    pass


def _method_name(details: grpc.ClientCallDetails) -> str:
    method: Any = details.method
    return method.decode() if isinstance(method, bytes) else str(method)


def _deadline(details: grpc.ClientCallDetails) -> float | None:
    """The call's deadline on the time.monotonic() clock; None without a timeout."""
    return None if details.timeout is None else time.monotonic() + details.timeout


class _Interceptor(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    def __init__(self, token: TokenSource, retry: RetryPolicy):
        self._token = token
        self._retry = retry

    def _bearer(self, deadline: float | None) -> str | None:
        if isinstance(self._token, ClientCredentials):
            return self._token.token(deadline)
        return self._token() if callable(self._token) else self._token

    def _details(self, details: grpc.ClientCallDetails, deadline: float | None,
                 token: str | None) -> _ClientCallDetails:
        """The details of one attempt: the bearer token and the time left until the deadline."""
        metadata = tuple(details.metadata or ())
        if token:
            metadata += (("authorization", f"Bearer {token}"),)
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        return _ClientCallDetails(_method_name(details), timeout, metadata, details.credentials,
                                  getattr(details, "wait_for_ready", None),
                                  getattr(details, "compression", None))

    def intercept_unary_unary(self, continuation: Any, client_call_details: grpc.ClientCallDetails,
                              request: Any) -> Any:
        method = _method_name(client_call_details)
        retryable = is_retryable(method, request)
        deadline = _deadline(client_call_details)
        attempt = 1
        while True:
            # An exchange of client credentials takes its time from the call's deadline too.
            token = self._bearer(deadline)
            outcome = continuation(self._details(client_call_details, deadline, token), request)
            error = outcome.exception()
            if error is None:
                return outcome
            if error.code() == grpc.StatusCode.UNAUTHENTICATED and isinstance(self._token, ClientCredentials):
                self._token.forget(token)  # revoked: the next call exchanges anew
            if (retryable and attempt < self._retry.max_attempts
                    and error.code() == grpc.StatusCode.UNAVAILABLE):
                pause = self._retry.backoff(attempt)
                if deadline is None or time.monotonic() + pause < deadline:
                    time.sleep(pause)
                    attempt += 1
                    continue
            raise ApiError.from_rpc_error(error)

    def intercept_unary_stream(self, continuation: Any, client_call_details: grpc.ClientCallDetails,
                               request: Any) -> Any:
        deadline = _deadline(client_call_details)
        return continuation(self._details(client_call_details, deadline, self._bearer(deadline)), request)


class Client:
    """A channel to the edubadges API; stub() binds a generated stub class to it.

    TLS is the default (system roots, or root_certificates as PEM bytes; server_name
    overrides the name checked in the server's certificate); tls=False is plaintext, for
    local servers only. Every call sends "authorization: Bearer <token>" when a token is
    given; token=ClientCredentials(client_id, client_secret) makes an API client that
    exchanges its secret for tokens on this client's channel. Reads (Get*, List*) and requests with a request_id are retried on UNAVAILABLE
    with exponential backoff; every failed call raises ApiError.
    """

    def __init__(self, target: str, *, token: TokenSource = None, tls: bool = True,
                 root_certificates: bytes | None = None, server_name: str | None = None,
                 retry: RetryPolicy = RetryPolicy(),
                 options: Sequence[tuple[str, Any]] = ()):
        channel_options = list(options)
        if tls:
            if server_name:
                channel_options.append(("grpc.ssl_target_name_override", server_name))
            credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            self._channel = grpc.secure_channel(target, credentials, channel_options)
        else:
            self._channel = grpc.insecure_channel(target, channel_options)
        if isinstance(token, ClientCredentials):
            token.bind(self._channel)
        self.channel = grpc.intercept_channel(self._channel, _Interceptor(token, retry))

    def stub(self, stub_class: Callable[[grpc.Channel], StubT]) -> StubT:
        """A generated stub on this client's channel, e.g. client.stub(BadgeClassServiceStub)."""
        return stub_class(self.channel)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
