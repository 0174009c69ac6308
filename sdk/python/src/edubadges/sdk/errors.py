"""ApiError: a failed call with its google.rpc error details decoded.

The server sends a google.rpc.Status in the grpc-status-details-bin trailer with an
ErrorInfo (a stable reason) and, for bad input, a BadRequest naming every bad field.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Mapping, Sequence

import grpc
from google.protobuf.message import DecodeError, Message
from google.rpc import error_details_pb2, status_pb2

Metadata = tuple[Any, ...]  # (key, value) pairs
_DETAILS_KEY = "grpc-status-details-bin"
_REQUEST_ID_KEY = "x-request-id"


@dataclasses.dataclass(frozen=True)
class FieldViolation:
    """One bad field of a request: its path ("institution.country_code") and what is wrong."""

    field: str
    description: str


def _metadata_value(metadata: Metadata, key: str) -> Any:
    for item in metadata or ():
        if item[0] == key:
            return item[1]
    return None


def _details(raw: Any) -> Sequence[Any]:
    """The details of the google.rpc.Status in grpc-status-details-bin; none when it is
    absent or does not decode (the call's own code and message still tell what failed)."""
    if not isinstance(raw, bytes) or not raw:
        return ()
    try:
        return list(status_pb2.Status.FromString(raw).details)
    except DecodeError:
        return ()


def _unpack(detail: Any, message: Message) -> bool:
    """Unpacks one detail; False when its bytes do not decode (that detail is left out)."""
    try:
        return bool(detail.Unpack(message))
    except DecodeError:
        return False


class ApiError(grpc.RpcError):
    """A call that failed; still a grpc.RpcError with code(), details() and the metadata.

    reason, domain and error_metadata come from google.rpc.ErrorInfo, field_violations from
    google.rpc.BadRequest, request_id from the server's x-request-id (quote it in support
    requests).
    """

    def __init__(self, code: grpc.StatusCode, message: str, *, reason: str = "", domain: str = "",
                 error_metadata: Mapping[str, str] | None = None,
                 field_violations: Sequence[FieldViolation] = (), request_id: str = "",
                 initial_metadata: Metadata = (), trailing_metadata: Metadata = ()):
        super().__init__(f"{code.name}: {message}")
        self._code = code
        self._message = message
        self.reason = reason
        self.domain = domain
        self.error_metadata = dict(error_metadata or {})
        self.field_violations = list(field_violations)
        self.request_id = request_id
        self._initial_metadata = initial_metadata
        self._trailing_metadata = trailing_metadata

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._message

    def initial_metadata(self) -> Metadata:
        return self._initial_metadata

    def trailing_metadata(self) -> Metadata:
        return self._trailing_metadata

    def violation(self, field: str) -> FieldViolation | None:
        """The violation of one field path, if that field was named."""
        return next((v for v in self.field_violations if v.field == field), None)

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> "ApiError":
        """Decodes the status details of a failed call (a grpc.Call)."""
        if isinstance(error, ApiError):
            return error
        call: Any = error
        code = call.code() if hasattr(call, "code") else grpc.StatusCode.UNKNOWN
        message = (call.details() if hasattr(call, "details") else None) or str(error)
        initial = tuple(call.initial_metadata() or ()) if hasattr(call, "initial_metadata") else ()
        trailing = tuple(call.trailing_metadata() or ()) if hasattr(call, "trailing_metadata") else ()
        reason, domain, info_metadata, violations = "", "", {}, []
        for detail in _details(_metadata_value(trailing, _DETAILS_KEY)):
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                if _unpack(detail, info):
                    reason, domain, info_metadata = info.reason, info.domain, dict(info.metadata)
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                if _unpack(detail, bad):
                    violations += [FieldViolation(v.field, v.description) for v in bad.field_violations]
        request_id = _metadata_value(initial, _REQUEST_ID_KEY) or _metadata_value(trailing, _REQUEST_ID_KEY) or ""
        return cls(code, message, reason=reason, domain=domain, error_metadata=info_metadata,
                   field_violations=violations, request_id=request_id,
                   initial_metadata=initial, trailing_metadata=trailing)
