package nl.edubadges.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.edubadges.v1.AuthServiceGrpc;
import nl.edubadges.v1.Caller;
import nl.edubadges.v1.CreateDirectAwardBundleRequest;
import nl.edubadges.v1.CreateTagRequest;
import nl.edubadges.v1.DirectAwardBundle;
import nl.edubadges.v1.DirectAwardServiceGrpc;
import nl.edubadges.v1.ExchangeClientCredentialsRequest;
import nl.edubadges.v1.ExchangeClientCredentialsResponse;
import nl.edubadges.v1.GetCallerRequest;
import nl.edubadges.v1.GetTagRequest;
import nl.edubadges.v1.ListTagsRequest;
import nl.edubadges.v1.ListTagsResponse;
import nl.edubadges.v1.Tag;
import nl.edubadges.v1.TagServiceGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tests of the client layer against a scripted in-process gRPC server: which calls are retried
 * and how long, cancellation and deadlines during a backoff, paging on odd tokens, error details
 * that are absent or malformed, the client-credentials token (refresh, deadline) and use from
 * several threads. The end-to-end behaviour against the real server is in {@link EndToEndTest}.
 */
class LayerTest {
  private static final Metadata.Key<byte[]> DETAILS = Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER);
  private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Tag HONOURS = Tag.newBuilder().setName("tags/AAAAAAAAAAAAAAAAAAAAAA").setDisplayName("Honours").build();
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(20), 2);
  private static final Step UNAVAILABLE = fail(Status.UNAVAILABLE, null);

  /** What the scripted server does for one call: an answer, or a failure (a StatusRuntimeException). */
  private interface Step extends Function<Object, Object> {}

  private static Step answer(Message m) {
    return request -> m;
  }

  private static Step fail(Status status, byte[] details) {
    return request -> {
      Metadata trailers = new Metadata();
      if (details != null) {
        trailers.put(DETAILS, details);
      }
      return status.withDescription("scripted").asRuntimeException(trailers);
    };
  }

  /** The steps per method, in order (the last one repeats); records the calls and their tokens. */
  private final Map<String, List<Step>> steps = new HashMap<>();
  private final Map<String, AtomicInteger> calls = new HashMap<>();
  private final List<String> tokens = Collections.synchronizedList(new ArrayList<>());
  private Server server;
  private final List<EdubadgesClient> clients = new ArrayList<>();

  private synchronized void script(String method, Step... answers) {
    steps.put(method, new ArrayList<>(List.of(answers)));
    calls.put(method, new AtomicInteger());
  }

  private synchronized int count(String method) {
    return calls.get(method).get();
  }

  @SuppressWarnings("unchecked")
  private <T> void answer(String method, Object request, StreamObserver<T> observer) {
    Step step;
    synchronized (this) {
      calls.get(method).incrementAndGet();
      List<Step> list = steps.get(method);
      step = list.size() > 1 ? list.remove(0) : list.get(0);
    }
    Object result = step.apply(request);
    if (result instanceof StatusRuntimeException e) {
      observer.onError(e);
    } else {
      observer.onNext((T) result);
      observer.onCompleted();
    }
  }

  @BeforeEach
  void start() throws IOException {
    ServerInterceptor recordToken = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String token = headers.get(AUTHORIZATION);
        if (token != null) {
          tokens.add(token);
        }
        return next.startCall(call, headers);
      }
    };
    server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
        .addService(ServerInterceptors.intercept(new TagServiceGrpc.TagServiceImplBase() {
          @Override
          public void createTag(CreateTagRequest request, StreamObserver<Tag> observer) {
            answer("CreateTag", request, observer);
          }

          @Override
          public void getTag(GetTagRequest request, StreamObserver<Tag> observer) {
            answer("GetTag", request, observer);
          }

          @Override
          public void listTags(ListTagsRequest request, StreamObserver<ListTagsResponse> observer) {
            answer("ListTags", request, observer);
          }
        }, recordToken))
        .addService(new DirectAwardServiceGrpc.DirectAwardServiceImplBase() {
          @Override
          public void createDirectAwardBundle(CreateDirectAwardBundleRequest request, StreamObserver<DirectAwardBundle> observer) {
            answer("CreateDirectAwardBundle", request, observer);
          }
        })
        .addService(ServerInterceptors.intercept(new AuthServiceGrpc.AuthServiceImplBase() {
          @Override
          public void exchangeClientCredentials(ExchangeClientCredentialsRequest request,
              StreamObserver<ExchangeClientCredentialsResponse> observer) {
            answer("ExchangeClientCredentials", request, observer);
          }

          @Override
          public void getCaller(GetCallerRequest request, StreamObserver<Caller> observer) {
            answer("GetCaller", request, observer);
          }
        }, recordToken))
        .build()
        .start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    clients.forEach(EdubadgesClient::close);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  private EdubadgesClient connect(RetryPolicy policy) {
    EdubadgesClient client = EdubadgesClient.forTarget("127.0.0.1:" + server.getPort()).plaintext().retryPolicy(policy).build();
    clients.add(client);
    return client;
  }

  private EdubadgesClient connect(String clientId, String secret) {
    EdubadgesClient client = EdubadgesClient.forTarget("127.0.0.1:" + server.getPort()).plaintext().retryPolicy(FAST)
        .clientCredentials(clientId, secret).build();
    clients.add(client);
    return client;
  }

  private TagServiceGrpc.TagServiceBlockingStub tags(RetryPolicy policy) {
    return TagServiceGrpc.newBlockingStub(connect(policy).channel());
  }

  private static final GetTagRequest GET = GetTagRequest.newBuilder().setName(HONOURS.getName()).build();

  // ---- retries ----

  @Test
  void aReadIsRetriedOnUnavailable() {
    script("GetTag", UNAVAILABLE, UNAVAILABLE, answer(HONOURS));
    assertEquals(HONOURS, tags(FAST).getTag(GET));
    assertEquals(3, count("GetTag"));
  }

  @Test
  void aCreateIsRetriedOnlyWithARequestId() {
    script("CreateTag", UNAVAILABLE, answer(HONOURS));
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> tags(FAST).createTag(CreateTagRequest.newBuilder().setTag(HONOURS).build()));
    assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
    assertEquals(1, count("CreateTag"));

    DirectAwardBundle bundle = DirectAwardBundle.newBuilder().setName("directAwardBundles/AAAAAAAAAAAAAAAAAAAAAA").build();
    script("CreateDirectAwardBundle", UNAVAILABLE, answer(bundle));
    var awards = DirectAwardServiceGrpc.newBlockingStub(connect(FAST).channel());
    assertEquals(bundle, awards.createDirectAwardBundle(CreateDirectAwardBundleRequest.newBuilder().setRequestId("sis-1").build()));
    assertEquals(2, count("CreateDirectAwardBundle"));
    script("CreateDirectAwardBundle", UNAVAILABLE, answer(bundle));
    assertThrows(StatusRuntimeException.class, () -> awards.createDirectAwardBundle(CreateDirectAwardBundleRequest.getDefaultInstance()));
    assertEquals(1, count("CreateDirectAwardBundle"));
  }

  @Test
  void otherCodesAreNotRetried() {
    var stub = tags(FAST);
    for (Status status : List.of(Status.INVALID_ARGUMENT, Status.ABORTED, Status.INTERNAL, Status.RESOURCE_EXHAUSTED, Status.UNKNOWN)) {
      script("GetTag", fail(status, null), answer(HONOURS));
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> stub.getTag(GET));
      assertEquals(status.getCode(), e.getStatus().getCode());
      assertEquals(1, count("GetTag"), "retried on " + status.getCode());
    }
  }

  @Test
  void retriesEndAtTheDeadline() {
    script("GetTag", UNAVAILABLE);
    var stub = tags(new RetryPolicy(10, Duration.ofSeconds(10), Duration.ofSeconds(10), 1));
    long start = System.nanoTime();
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> stub.withDeadlineAfter(300, TimeUnit.MILLISECONDS).getTag(GET));
    assertTrue(List.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED).contains(e.getStatus().getCode()));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void retriesKeepToTheDeadlineOfTheContext() {
    // Many short backoffs, an always-unavailable server and a gRPC Context deadline of 300 ms:
    // the attempts after the first must keep to that deadline too.
    script("GetTag", UNAVAILABLE);
    var stub = tags(new RetryPolicy(100, Duration.ofMillis(60), Duration.ofMillis(60), 1));
    long start = System.nanoTime();
    Context.CancellableContext context = Context.current().withDeadlineAfter(300, TimeUnit.MILLISECONDS, Executors.newSingleThreadScheduledExecutor());
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> context.call(() -> stub.getTag(GET)));
    context.cancel(null);
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(elapsedMs < 1500, "the call ended after " + elapsedMs + " ms, " + count("GetTag") + " attempts");
    assertTrue(List.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.CANCELLED).contains(e.getStatus().getCode()));
  }

  @Test
  void anInterruptDuringTheBackoffEndsTheCall() throws Exception {
    // The blocking stub cancels the call when its thread is interrupted, and waits for it to
    // close: a backoff in progress must close it rather than leave the thread waiting.
    script("GetTag", UNAVAILABLE);
    var stub = tags(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(2), 1));
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        stub.getTag(GET);
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    caller.setDaemon(true);
    caller.start();
    while (count("GetTag") == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(100); // the first attempt has failed: the client is in its backoff
    caller.interrupt();
    caller.join(5000);
    assertFalse(caller.isAlive(), "the interrupted call is still waiting");
    assertTrue(outcome.get() instanceof StatusRuntimeException e && e.getStatus().getCode() == Status.Code.CANCELLED, String.valueOf(outcome.get()));
  }

  @Test
  void closingTheClientDuringTheBackoffEndsTheCall() throws Exception {
    script("GetTag", UNAVAILABLE);
    EdubadgesClient client = connect(new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(30), 1));
    var call = TagServiceGrpc.newFutureStub(client.channel()).getTag(GET);
    while (count("GetTag") == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(100); // the first attempt has failed: the client is in its backoff
    client.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
    assertEquals(Status.Code.UNAVAILABLE, Status.fromThrowable(e.getCause()).getCode());
  }

  // ---- paging ----

  private static Step page(String token, String... names) {
    ListTagsResponse.Builder b = ListTagsResponse.newBuilder().setNextPageToken(token);
    for (String n : names) {
      b.addTags(Tag.newBuilder().setDisplayName(n));
    }
    return answer(b.build());
  }

  private List<String> listTags(List<String> names) {
    var stub = tags(FAST);
    ListTagsRequest request = ListTagsRequest.newBuilder().setInstitution("institutions/x").setPageSize(2).build();
    for (Tag tag : Pages.all(request, stub::listTags, ListTagsResponse::getTagsList)) {
      names.add(tag.getDisplayName());
    }
    return names;
  }

  @Test
  void pagesFollowTheTokensToTheLastPage() {
    Map<String, Step> pages = Map.of("", page("p2", "a", "b"), "p2", page("p3", "c"), "p3", page(""));
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    script("ListTags", request -> {
      String token = ((ListTagsRequest) request).getPageToken();
      sent.add(token);
      return pages.get(token).apply(request);
    });
    assertEquals(List.of("a", "b", "c"), listTags(new ArrayList<>()));
    assertEquals(List.of("", "p2", "p3"), sent);
  }

  @Test
  void pagesStopOnARepeatedToken() {
    // A server that hands out a token it gave before would send the iterator round in a
    // circle; the fourth answer ends the list so that the test cannot hang.
    script("ListTags", page("p1", "a"), page("p2", "b"), page("p1", "c"), page("", "d"));
    List<String> names = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> listTags(names));
    assertTrue(e.getMessage().contains("\"p1\""), e.getMessage());
    assertEquals(List.of("a", "b", "c"), names);
    assertEquals(3, count("ListTags"));
  }

  // ---- error details ----

  private static byte[] statusDetails(Status.Code code, Any... details) {
    return com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage("m").addAllDetails(List.of(details)).build().toByteArray();
  }

  private static final Any VIOLATION = Any.pack(BadRequest.newBuilder()
      .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("tag").setDescription("missing")).build());

  private ApiError failWith(Status status, byte[] details) {
    script("CreateTag", fail(status, details));
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> tags(FAST).createTag(CreateTagRequest.getDefaultInstance()));
    return ApiError.from(e);
  }

  @Test
  void detailsAreDecoded() {
    ApiError e = failWith(Status.INVALID_ARGUMENT, statusDetails(Status.Code.INVALID_ARGUMENT,
        Any.pack(ErrorInfo.newBuilder().setReason("INVALID_ARGUMENT").setDomain("edubadges.nl").build()), VIOLATION));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("INVALID_ARGUMENT", e.reason());
    assertEquals(List.of(new ApiError.FieldViolation("tag", "missing")), e.fieldViolations());
  }

  @Test
  void detailsMayBeAbsent() {
    ApiError e = failWith(Status.FAILED_PRECONDITION, null);
    assertEquals(Status.Code.FAILED_PRECONDITION, e.code());
    assertEquals("", e.reason());
    assertEquals(List.of(), e.fieldViolations());
  }

  @Test
  void detailsThatAreNoStatusLeaveTheStatus() {
    ApiError e = failWith(Status.INVALID_ARGUMENT, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("scripted", e.getStatus().getDescription());
    assertEquals("", e.reason());
    assertEquals(List.of(), e.fieldViolations());
  }

  @Test
  void detailsOfAnotherCodeAreStillRead() {
    // A google.rpc.Status whose code is not the call's (a proxy changed the status): the
    // call's own status counts, the details are still read.
    ApiError e = failWith(Status.UNAVAILABLE, statusDetails(Status.Code.INVALID_ARGUMENT, VIOLATION));
    assertEquals(Status.Code.UNAVAILABLE, e.code());
    assertEquals(List.of(new ApiError.FieldViolation("tag", "missing")), e.fieldViolations());
  }

  @Test
  void aDetailThatDoesNotDecodeIsLeftOut() {
    Any broken = Any.newBuilder().setTypeUrl("type.googleapis.com/google.rpc.ErrorInfo").setValue(ByteString.copyFrom(new byte[] {(byte) 0xff, (byte) 0xff})).build();
    Any unknown = Any.newBuilder().setTypeUrl("type.googleapis.com/example.Unknown").setValue(ByteString.copyFrom(new byte[] {8, 1})).build();
    ApiError e = failWith(Status.INVALID_ARGUMENT, statusDetails(Status.Code.INVALID_ARGUMENT, broken, unknown, VIOLATION));
    assertEquals("", e.reason());
    assertEquals(List.of(new ApiError.FieldViolation("tag", "missing")), e.fieldViolations());
  }

  // ---- client credentials ----

  private static Step exchanges(int lifetimeSeconds, long delayMs) {
    AtomicInteger n = new AtomicInteger();
    return request -> {
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ExchangeClientCredentialsResponse.newBuilder().setAccessToken("ebc.token" + n.incrementAndGet())
          .setTokenType("Bearer").setExpiresIn(lifetimeSeconds).build();
    };
  }

  @Test
  void theTokenIsExchangedOnceAndRefreshedBeforeItExpires() throws InterruptedException {
    script("ExchangeClientCredentials", exchanges(1, 0));
    script("GetCaller", answer(Caller.getDefaultInstance()));
    var auth = AuthServiceGrpc.newBlockingStub(connect("client", "s3cret").channel());
    auth.getCaller(GetCallerRequest.getDefaultInstance());
    auth.getCaller(GetCallerRequest.getDefaultInstance());
    assertEquals(1, count("ExchangeClientCredentials"));
    Thread.sleep(600); // past half of the one-second lifetime
    auth.getCaller(GetCallerRequest.getDefaultInstance());
    assertEquals(2, count("ExchangeClientCredentials"));
    assertEquals(List.of("Bearer ebc.token1", "Bearer ebc.token1", "Bearer ebc.token2"), tokens);
  }

  @Test
  void theExchangeKeepsToTheDeadlineOfTheCall() throws Exception {
    // The first call has no deadline and its exchange hangs (3 s); calls with a deadline fail
    // at it, whether they started that exchange or wait for it.
    script("ExchangeClientCredentials", exchanges(3600, 3000));
    script("GetCaller", answer(Caller.getDefaultInstance()));
    var waiting = AuthServiceGrpc.newBlockingStub(connect("client", "s3cret").channel());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Caller> hanging = pool.submit(() -> waiting.getCaller(GetCallerRequest.getDefaultInstance()));
      while (count("ExchangeClientCredentials") == 0) {
        Thread.sleep(10);
      }
      long start = System.nanoTime();
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
          () -> waiting.withDeadlineAfter(300, TimeUnit.MILLISECONDS).getCaller(GetCallerRequest.getDefaultInstance()));
      assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
      var own = AuthServiceGrpc.newBlockingStub(connect("client", "s3cret").channel());
      e = assertThrows(StatusRuntimeException.class,
          () -> own.withDeadlineAfter(300, TimeUnit.MILLISECONDS).getCaller(GetCallerRequest.getDefaultInstance()));
      assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(elapsedMs < 2500, "failed after " + elapsedMs + " ms");
      assertEquals(0, count("GetCaller"));
      hanging.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusedTokenIsExchangedAnew() {
    // The token is revoked (RevokeClientToken, or after a leak): the call that is refused
    // fails, the next one exchanges again instead of using the dead token until it expires.
    script("ExchangeClientCredentials", exchanges(3600, 0));
    script("GetCaller", fail(Status.UNAUTHENTICATED, null), answer(Caller.getDefaultInstance()));
    var auth = AuthServiceGrpc.newBlockingStub(connect("client", "s3cret").channel());
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> auth.getCaller(GetCallerRequest.getDefaultInstance()));
    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    auth.getCaller(GetCallerRequest.getDefaultInstance());
    assertEquals(2, count("ExchangeClientCredentials"));
    assertEquals(List.of("Bearer ebc.token1", "Bearer ebc.token2"), tokens);
  }

  @Test
  void concurrentCallsShareOneExchange() throws Exception {
    script("ExchangeClientCredentials", exchanges(3600, 200));
    script("GetCaller", answer(Caller.getDefaultInstance()));
    var auth = AuthServiceGrpc.newBlockingStub(connect("client", "s3cret").channel());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Caller>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> auth.getCaller(GetCallerRequest.getDefaultInstance())));
      }
      for (Future<Caller> f : results) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, count("ExchangeClientCredentials"));
    assertEquals(Collections.nCopies(16, "Bearer ebc.token1"), tokens);
  }
}
