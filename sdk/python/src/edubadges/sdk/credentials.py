"""ClientCredentials: the bearer token of an API client (a SIS, an alliance partner),
exchanged for its id and secret with AuthService.ExchangeClientCredentials and reused until
shortly before it expires."""
from __future__ import annotations

import threading
import time

import grpc

from edubadges.sdk.errors import ApiError
from edubadges.v1 import auth_pb2, auth_pb2_grpc


class ClientCredentials:
    """A token source (a callable) for Client(token=...): it exchanges the client's id and
    secret on first use and again when less than a minute (or half the token's lifetime) is
    left, or after the server refused the token (UNAUTHENTICATED: revoked). A refused
    exchange raises ApiError (UNAUTHENTICATED with reason INVALID_CLIENT, or
    RESOURCE_EXHAUSTED with CLIENT_LOCKED after repeated wrong secrets)."""

    def __init__(self, client_id: str, client_secret: str):
        self._client_id = client_id
        self._client_secret = client_secret
        self._lock = threading.Lock()
        self._auth: auth_pb2_grpc.AuthServiceStub | None = None
        self._token = ""
        self._refresh_at = 0.0

    def bind(self, channel: grpc.Channel) -> None:
        """The channel of the exchange: the client's own, without its token and retries."""
        self._auth = auth_pb2_grpc.AuthServiceStub(channel)

    def __call__(self) -> str:
        return self.token(None)

    def forget(self, token: str | None) -> None:
        """Drops token if it is the current one (the server refused it: revoked), so that the
        next call exchanges the credentials anew."""
        with self._lock:
            if token and token == self._token:
                self._token = ""

    def token(self, deadline: float | None) -> str:
        """The current token, exchanged first when it is about to expire; deadline (on the
        time.monotonic() clock) is that of the call that needs it: waiting for another
        thread's exchange and the exchange itself end then (ApiError DEADLINE_EXCEEDED)."""
        wait = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
        if not self._lock.acquire(timeout=wait):
            raise ApiError(grpc.StatusCode.DEADLINE_EXCEEDED,
                           "the deadline passed while the client credentials were being exchanged")
        try:
            if self._token and time.monotonic() < self._refresh_at:
                return self._token
            if self._auth is None:
                raise RuntimeError("ClientCredentials is used by Client(token=...), which binds it")
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                response = self._auth.ExchangeClientCredentials(auth_pb2.ExchangeClientCredentialsRequest(
                    grant_type="client_credentials", client_id=self._client_id,
                    client_secret=self._client_secret), timeout=timeout)
            except grpc.RpcError as error:
                raise ApiError.from_rpc_error(error) from None
            lifetime = float(response.expires_in)
            self._token = response.access_token
            self._refresh_at = time.monotonic() + lifetime - min(60.0, lifetime / 2)
            return self._token
        finally:
            self._lock.release()
