"""Tests of the client layer (edubadges.sdk) against a scripted in-process gRPC server: which
calls are retried and how long, paging iterators on odd tokens, error details that are absent
or malformed, the client-credentials token (refresh, secrecy) and use from several threads.
The end-to-end behaviour against the real server is in test_e2e.py."""
from __future__ import annotations

import threading
import time
import unittest
from concurrent import futures
from typing import Any, Callable

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2

from edubadges.sdk import ApiError, Client, ClientCredentials, RetryPolicy, paginate
from edubadges.v1 import auth_pb2, auth_pb2_grpc, direct_award_pb2, direct_award_pb2_grpc, tag_pb2, tag_pb2_grpc

# What the scripted server does for one call: a response message, or a failure.
Step = Any


class Failure:
    def __init__(self, code: grpc.StatusCode, message: str = "", details: bytes | None = None):
        self.code, self.message, self.details = code, message, details


def status_details(code: grpc.StatusCode, *details: Any) -> bytes:
    """A google.rpc.Status as the server puts it in grpc-status-details-bin."""
    status = status_pb2.Status(code=code.value[0], message="m")
    for d in details:
        packed = any_pb2.Any()
        if isinstance(d, any_pb2.Any):
            packed = d
        else:
            packed.Pack(d)
        status.details.append(packed)
    return bytes(status.SerializeToString())


class Script:
    """The answers of the server, per method, in order; the last one repeats. Records the
    metadata of every call it served."""

    def __init__(self) -> None:
        self.steps: dict[str, list[Step]] = {}
        self.calls: dict[str, int] = {}
        self.tokens: list[str] = []
        self.lock = threading.Lock()

    def answer(self, method: str, request: Any, context: grpc.ServicerContext) -> Any:
        with self.lock:
            self.calls[method] = self.calls.get(method, 0) + 1
            steps = self.steps[method]
            step = steps.pop(0) if len(steps) > 1 else steps[0]
            auth = dict(context.invocation_metadata()).get("authorization", "")
            self.tokens.append(str(auth))
        if callable(step):
            step = step(request)
        if isinstance(step, Failure):
            if step.details is not None:
                context.set_trailing_metadata((("grpc-status-details-bin", step.details),))
            context.abort(step.code, step.message)
        return step


# The methods the scripted server serves: (service, method, request type).
METHODS: list[tuple[str, str, Any]] = [("edubadges.v1.TagService", "CreateTag", tag_pb2.CreateTagRequest),
           ("edubadges.v1.TagService", "GetTag", tag_pb2.GetTagRequest),
           ("edubadges.v1.TagService", "ListTags", tag_pb2.ListTagsRequest),
           ("edubadges.v1.DirectAwardService", "CreateDirectAwardBundle", direct_award_pb2.CreateDirectAwardBundleRequest),
           ("edubadges.v1.AuthService", "ExchangeClientCredentials", auth_pb2.ExchangeClientCredentialsRequest),
           ("edubadges.v1.AuthService", "GetCaller", auth_pb2.GetCallerRequest)]


def handlers(script: Script) -> list[grpc.GenericRpcHandler]:
    services: dict[str, dict[str, grpc.RpcMethodHandler[Any, Any]]] = {}
    for service, method, request_type in METHODS:
        services.setdefault(service, {})[method] = grpc.unary_unary_rpc_method_handler(
            lambda request, context, method=method: script.answer(method, request, context),
            request_deserializer=request_type.FromString, response_serializer=lambda m: m.SerializeToString())
    return [grpc.method_handlers_generic_handler(s, methods) for s, methods in services.items()]


UNAVAILABLE = Failure(grpc.StatusCode.UNAVAILABLE, "try again")
TAG = tag_pb2.Tag(name="tags/AAAAAAAAAAAAAAAAAAAAAA", display_name="Honours")
FAST = RetryPolicy(max_attempts=4, initial_backoff=0.01, max_backoff=0.02)


class Layer(unittest.TestCase):
    def setUp(self) -> None:
        self.script = Script()
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        self.server.add_generic_rpc_handlers(handlers(self.script))
        port = self.server.add_insecure_port("127.0.0.1:0")
        self.server.start()
        self.addCleanup(self.server.stop, None)
        self.target = f"127.0.0.1:{port}"

    def client(self, **options: Any) -> Client:
        options.setdefault("retry", FAST)
        client = Client(self.target, tls=False, **options)
        self.addCleanup(client.close)
        return client

    def tags(self, **options: Any) -> tag_pb2_grpc.TagServiceStub:
        return self.client(**options).stub(tag_pb2_grpc.TagServiceStub)

    def script_of(self, method: str, *steps: Step) -> None:
        self.script.steps[method] = list(steps)

    # ---- retries ----

    def test_a_read_is_retried_on_unavailable(self) -> None:
        self.script_of("GetTag", UNAVAILABLE, UNAVAILABLE, TAG)
        self.assertEqual(self.tags().GetTag(tag_pb2.GetTagRequest(name=TAG.name)), TAG)
        self.assertEqual(self.script.calls["GetTag"], 3)

    def test_a_create_without_request_id_is_not_retried(self) -> None:
        self.script_of("CreateTag", UNAVAILABLE, TAG)
        with self.assertRaises(ApiError) as caught:
            self.tags().CreateTag(tag_pb2.CreateTagRequest(tag=TAG))
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAVAILABLE)
        self.assertEqual(self.script.calls["CreateTag"], 1)

    def test_a_create_with_request_id_is_retried(self) -> None:
        bundle = direct_award_pb2.DirectAwardBundle(name="directAwardBundles/AAAAAAAAAAAAAAAAAAAAAA")
        self.script_of("CreateDirectAwardBundle", UNAVAILABLE, bundle)
        awards = self.client().stub(direct_award_pb2_grpc.DirectAwardServiceStub)
        self.assertEqual(awards.CreateDirectAwardBundle(direct_award_pb2.CreateDirectAwardBundleRequest(
            request_id="sis-1")), bundle)
        self.assertEqual(self.script.calls["CreateDirectAwardBundle"], 2)
        self.script_of("CreateDirectAwardBundle", UNAVAILABLE, bundle)
        with self.assertRaises(ApiError):
            awards.CreateDirectAwardBundle(direct_award_pb2.CreateDirectAwardBundleRequest())
        self.assertEqual(self.script.calls["CreateDirectAwardBundle"], 3)

    def test_other_codes_are_not_retried(self) -> None:
        for code in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.ABORTED, grpc.StatusCode.INTERNAL,
                     grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.UNKNOWN):
            with self.subTest(code=code):
                self.script.calls.clear()
                self.script_of("GetTag", Failure(code, "no"), TAG)
                with self.assertRaises(ApiError) as caught:
                    self.tags().GetTag(tag_pb2.GetTagRequest(name=TAG.name))
                self.assertEqual(caught.exception.code(), code)
                self.assertEqual(self.script.calls["GetTag"], 1)

    def test_retries_stop_at_the_deadline(self) -> None:
        # Waits of up to 10 s would follow; the call's 0.3 s timeout ends the retries.
        self.script_of("GetTag", UNAVAILABLE)
        tags = self.tags(retry=RetryPolicy(max_attempts=10, initial_backoff=10, max_backoff=10))
        start = time.monotonic()
        with self.assertRaises(ApiError) as caught:
            tags.GetTag(tag_pb2.GetTagRequest(name=TAG.name), timeout=0.3)
        self.assertLess(time.monotonic() - start, 5)
        self.assertIn(caught.exception.code(), (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED))

    # ---- paging ----

    def test_paginate_follows_the_tokens_to_the_last_page(self) -> None:
        pages = {"": (["a", "b"], "p2"), "p2": (["c"], "p3"), "p3": ([], "")}
        self.script_of("ListTags", lambda r: tag_pb2.ListTagsResponse(
            tags=[tag_pb2.Tag(display_name=n) for n in pages[r.page_token][0]], next_page_token=pages[r.page_token][1]))
        request = tag_pb2.ListTagsRequest(institution="institutions/x", page_size=2)
        self.assertEqual([t.display_name for t in paginate(self.tags().ListTags, request)], ["a", "b", "c"])
        self.assertEqual(self.script.calls["ListTags"], 3)
        self.assertEqual(request.page_token, "")

    def test_paginate_stops_on_a_repeated_token(self) -> None:
        # A server that hands out a token it gave before would make the iterator loop
        # forever; the fourth answer ends the list so that the test cannot hang.
        self.script_of("ListTags", tag_pb2.ListTagsResponse(tags=[TAG], next_page_token="p1"),
                       tag_pb2.ListTagsResponse(tags=[TAG], next_page_token="p2"),
                       tag_pb2.ListTagsResponse(tags=[TAG], next_page_token="p1"),
                       tag_pb2.ListTagsResponse(tags=[TAG]))
        items = []
        with self.assertRaises(RuntimeError) as caught:
            for tag in paginate(self.tags().ListTags, tag_pb2.ListTagsRequest(institution="institutions/x")):
                items.append(tag)
        self.assertIn("p1", str(caught.exception))
        self.assertEqual(len(items), 3)
        self.assertEqual(self.script.calls["ListTags"], 3)

    # ---- error details ----

    def test_details_are_decoded(self) -> None:
        details = status_details(grpc.StatusCode.INVALID_ARGUMENT,
                                 error_details_pb2.ErrorInfo(reason="INVALID_ARGUMENT", domain="edubadges.nl"),
                                 error_details_pb2.BadRequest(field_violations=[
                                     error_details_pb2.BadRequest.FieldViolation(field="tag.display_name", description="empty")]))
        self.script_of("CreateTag", Failure(grpc.StatusCode.INVALID_ARGUMENT, "bad", details))
        with self.assertRaises(ApiError) as caught:
            self.tags().CreateTag(tag_pb2.CreateTagRequest())
        e = caught.exception
        self.assertEqual((e.code(), e.details(), e.reason, e.domain), (grpc.StatusCode.INVALID_ARGUMENT, "bad", "INVALID_ARGUMENT", "edubadges.nl"))
        self.assertEqual([(v.field, v.description) for v in e.field_violations], [("tag.display_name", "empty")])

    def test_absent_details(self) -> None:
        self.script_of("CreateTag", Failure(grpc.StatusCode.FAILED_PRECONDITION, "no"))
        with self.assertRaises(ApiError) as caught:
            self.tags().CreateTag(tag_pb2.CreateTagRequest())
        e = caught.exception
        self.assertEqual((e.code(), e.details(), e.reason, e.field_violations), (grpc.StatusCode.FAILED_PRECONDITION, "no", "", []))

    def test_malformed_details_leave_the_status(self) -> None:
        # Not a google.rpc.Status at all: the call still fails with its own code and message.
        self.script_of("CreateTag", Failure(grpc.StatusCode.INVALID_ARGUMENT, "bad", b"\xff\xff\xff\xff"))
        with self.assertRaises(ApiError) as caught:
            self.tags().CreateTag(tag_pb2.CreateTagRequest())
        e = caught.exception
        self.assertEqual((e.code(), e.details(), e.reason, e.field_violations), (grpc.StatusCode.INVALID_ARGUMENT, "bad", "", []))

    def test_a_malformed_detail_leaves_the_others(self) -> None:
        broken = any_pb2.Any(type_url="type.googleapis.com/google.rpc.ErrorInfo", value=b"\xff\xff\xff")
        unknown = any_pb2.Any(type_url="type.googleapis.com/example.Unknown", value=b"\x08\x01")
        details = status_details(grpc.StatusCode.INVALID_ARGUMENT, broken, unknown, error_details_pb2.BadRequest(
            field_violations=[error_details_pb2.BadRequest.FieldViolation(field="tag", description="missing")]))
        self.script_of("CreateTag", Failure(grpc.StatusCode.INVALID_ARGUMENT, "bad", details))
        with self.assertRaises(ApiError) as caught:
            self.tags().CreateTag(tag_pb2.CreateTagRequest())
        e = caught.exception
        self.assertEqual((e.code(), e.reason), (grpc.StatusCode.INVALID_ARGUMENT, ""))
        self.assertEqual([v.field for v in e.field_violations], ["tag"])

    # ---- client credentials ----

    def exchange(self, lifetime: int, token: str = "ebc.token") -> Callable[[Any], Any]:
        counter = iter(range(1, 1000))
        return lambda r: auth_pb2.ExchangeClientCredentialsResponse(
            access_token=f"{token}{next(counter)}", token_type="Bearer", expires_in=lifetime)

    def test_the_token_is_exchanged_once_and_refreshed_before_it_expires(self) -> None:
        self.script_of("ExchangeClientCredentials", self.exchange(1))
        self.script_of("GetCaller", auth_pb2.Caller())
        auth = self.client(token=ClientCredentials("client", "s3cret")).stub(auth_pb2_grpc.AuthServiceStub)
        auth.GetCaller(auth_pb2.GetCallerRequest())
        auth.GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual(self.script.calls["ExchangeClientCredentials"], 1)
        time.sleep(0.6)  # past half of the one-second lifetime: renewed before it ends
        auth.GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual(self.script.calls["ExchangeClientCredentials"], 2)
        self.assertEqual([t for t in self.script.tokens if t], ["Bearer ebc.token1"] * 2 + ["Bearer ebc.token2"])

    def test_a_refused_token_is_exchanged_anew(self) -> None:
        # The token is revoked (RevokeClientToken, or after a leak): the call that is refused
        # fails, the next one exchanges again instead of using the dead token until it expires.
        self.script_of("ExchangeClientCredentials", self.exchange(3600))
        self.script_of("GetCaller", Failure(grpc.StatusCode.UNAUTHENTICATED, "revoked"), auth_pb2.Caller())
        auth = self.client(token=ClientCredentials("client", "s3cret")).stub(auth_pb2_grpc.AuthServiceStub)
        with self.assertRaises(ApiError) as caught:
            auth.GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAUTHENTICATED)
        auth.GetCaller(auth_pb2.GetCallerRequest())
        self.assertEqual(self.script.calls["ExchangeClientCredentials"], 2)
        self.assertEqual([t for t in self.script.tokens if t], ["Bearer ebc.token1", "Bearer ebc.token2"])

    def test_the_exchange_keeps_to_the_deadline_of_the_call(self) -> None:
        # An exchange that hangs (here 3 s) fails the call at its deadline, also for the
        # calls that wait for that exchange in other threads.
        def hanging_exchange(request: Any) -> Any:
            time.sleep(3)
            return auth_pb2.ExchangeClientCredentialsResponse(access_token="ebc.late", expires_in=3600)
        self.script_of("ExchangeClientCredentials", hanging_exchange)
        self.script_of("GetCaller", auth_pb2.Caller())
        auth = self.client(token=ClientCredentials("client", "s3cret")).stub(auth_pb2_grpc.AuthServiceStub)
        start = time.monotonic()
        with futures.ThreadPoolExecutor(max_workers=2) as pool:
            calls = [pool.submit(auth.GetCaller, auth_pb2.GetCallerRequest(), timeout=0.5) for _ in range(2)]
            for call in calls:
                error = call.exception()
                assert isinstance(error, ApiError), error
                self.assertEqual(error.code(), grpc.StatusCode.DEADLINE_EXCEEDED)
        self.assertLess(time.monotonic() - start, 2.5)
        self.assertNotIn("GetCaller", self.script.calls)

    def test_the_secret_and_token_are_not_shown(self) -> None:
        self.script_of("ExchangeClientCredentials", self.exchange(3600, "ebc.verysecrettoken"))
        self.script_of("GetCaller", Failure(grpc.StatusCode.PERMISSION_DENIED, "no"))
        credentials = ClientCredentials("client", "s3cret-value")
        auth = self.client(token=credentials).stub(auth_pb2_grpc.AuthServiceStub)
        with self.assertRaises(ApiError) as caught:
            auth.GetCaller(auth_pb2.GetCallerRequest())
        for shown in (repr(credentials), str(credentials), str(caught.exception), repr(caught.exception)):
            self.assertNotIn("s3cret-value", shown)
            self.assertNotIn("verysecrettoken", shown)

    def test_concurrent_calls_share_one_exchange(self) -> None:
        exchange = self.exchange(3600)

        def slow_exchange(request: Any) -> Any:
            time.sleep(0.2)  # the other threads arrive while the exchange is under way
            return exchange(request)
        self.script_of("ExchangeClientCredentials", slow_exchange)
        self.script_of("GetCaller", auth_pb2.Caller())
        auth = self.client(token=ClientCredentials("client", "s3cret")).stub(auth_pb2_grpc.AuthServiceStub)
        with futures.ThreadPoolExecutor(max_workers=8) as pool:
            for f in [pool.submit(auth.GetCaller, auth_pb2.GetCallerRequest()) for _ in range(16)]:
                f.result()
        self.assertEqual(self.script.calls["ExchangeClientCredentials"], 1)
        self.assertEqual([t for t in self.script.tokens if t], ["Bearer ebc.token1"] * 16)


if __name__ == "__main__":
    unittest.main()
