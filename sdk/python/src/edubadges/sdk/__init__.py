"""A thin client layer over the generated edubadges.v1 stubs.

Client opens a channel (TLS or plaintext) that sends the bearer token (fixed, or an API
client's from ClientCredentials), retries UNAVAILABLE calls that are safe to repeat, and
raises ApiError with the decoded error details; paginate() walks a List method page by page.
"""
from edubadges.sdk.client import Client
from edubadges.sdk.credentials import ClientCredentials
from edubadges.sdk.errors import ApiError, FieldViolation
from edubadges.sdk.paging import paginate
from edubadges.sdk.retry import RetryPolicy, is_retryable

__all__ = ["ApiError", "Client", "ClientCredentials", "FieldViolation", "RetryPolicy", "is_retryable", "paginate"]
