"""Which calls may be repeated after UNAVAILABLE, and how long to wait between attempts."""
from __future__ import annotations

import dataclasses
import random

from google.protobuf.message import Message

# AIP standard methods that only read: repeating them changes nothing.
_READ_PREFIXES = ("Get", "List")


def is_retryable(method: str, request: object) -> bool:
    """True for a read (Get*/List*, or the health check) or a request with a request_id.

    method is the full gRPC path, "/edubadges.v1.BadgeClassService/GetBadgeClass".
    A request_id makes the server answer a repeated call with the first result.
    """
    name = method.rsplit("/", 1)[-1]
    if name.startswith(_READ_PREFIXES) or method == "/grpc.health.v1.Health/Check":
        return True
    if isinstance(request, Message) and "request_id" in request.DESCRIPTOR.fields_by_name:
        return bool(getattr(request, "request_id"))
    return False


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter; max_attempts counts the first call too."""

    max_attempts: int = 5
    initial_backoff: float = 0.1
    max_backoff: float = 2.0
    multiplier: float = 2.0

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number `retry` (1 for the first retry)."""
        ceiling = min(self.max_backoff, self.initial_backoff * self.multiplier ** (retry - 1))
        return random.uniform(0, ceiling)


NO_RETRY = RetryPolicy(max_attempts=1)
