package nl.edubadges.sdk;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Repeats unary calls that end in UNAVAILABLE when {@link RetryPolicy#isRetryable} allows it,
 * after the policy's backoff and within the call's deadline (and that of the caller's gRPC
 * Context, in which every attempt runs). The request is kept until the call ends; the caller
 * sees only the last attempt. Cancelling the call, or closing the client, during a backoff
 * ends it at once. It also copies the server's x-request-id from the response headers into the
 * trailers of a failed call, where {@link ApiError} finds it.
 */
final class RetryingInterceptor implements ClientInterceptor {
  static final Metadata.Key<String> REQUEST_ID = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);

  private final RetryPolicy policy;
  private final ScheduledExecutorService scheduler;

  private final Set<RetryingCall<?, ?>> waiting = ConcurrentHashMap.newKeySet(); // calls in a backoff
  private volatile boolean shutDown;

  RetryingInterceptor(RetryPolicy policy, ScheduledExecutorService scheduler) {
    this.policy = policy;
    this.scheduler = scheduler;
  }

  /** The deadline of a call: the earlier of its own and its gRPC Context's, or null. */
  static Deadline deadline(CallOptions options, Context context) {
    Deadline own = options.getDeadline();
    Deadline inherited = context.getDeadline();
    return own == null ? inherited : inherited == null ? own : own.minimum(inherited);
  }

  /**
   * Retries no more (the client is closing its channel): the calls in a backoff make their next
   * attempt at once, which fails on the closed channel and ends them.
   */
  void close() {
    shutDown = true;
    scheduler.shutdownNow();
    waiting.forEach(RetryingCall::retryNow);
  }

  @Override
  public <Req, Resp> ClientCall<Req, Resp> interceptCall(MethodDescriptor<Req, Resp> method, CallOptions options, Channel next) {
    if (method.getType() != MethodDescriptor.MethodType.UNARY) {
      return next.newCall(method, options);
    }
    return new RetryingCall<>(method, options, next);
  }

  private final class RetryingCall<Req, Resp> extends ClientCall<Req, Resp> {
    private final MethodDescriptor<Req, Resp> method;
    private final CallOptions options;
    private final Channel next;
    // The caller's gRPC Context: every attempt runs in it, so that its deadline and
    // cancellation hold for the retries too (they start on the scheduler's thread).
    private final Context context = Context.current();
    private Listener<Resp> listener;
    private Metadata headers;
    private Req request;
    private ClientCall<Req, Resp> attempt;
    private boolean inFlight; // an attempt is under way (else: not started yet, or in a backoff)
    private int attempts;
    private Status cancelled; // set by cancel()
    private boolean closed; // the listener has been (or is being) closed

    RetryingCall(MethodDescriptor<Req, Resp> method, CallOptions options, Channel next) {
      this.method = method;
      this.options = options;
      this.next = next;
    }

    @Override
    public void start(Listener<Resp> responseListener, Metadata requestHeaders) {
      Status early;
      synchronized (this) {
        listener = responseListener;
        headers = requestHeaders;
        early = cancelled != null && !closed ? cancelled : null;
        closed |= early != null;
      }
      if (early != null) {
        responseListener.onClose(early, new Metadata());
      }
    }

    @Override
    public void request(int numMessages) {}

    @Override
    public void sendMessage(Req message) {
      request = message;
    }

    @Override
    public void halfClose() {
      startAttempt();
    }

    /** Cancels the attempt under way, or, before or between attempts, closes the call at once. */
    @Override
    public void cancel(String message, Throwable cause) {
      ClientCall<Req, Resp> running;
      Listener<Resp> closing = null;
      Status status = Status.CANCELLED.withDescription(message).withCause(cause);
      synchronized (this) {
        if (cancelled != null || closed) {
          return;
        }
        cancelled = status;
        running = inFlight ? attempt : null;
        if (running == null && listener != null) {
          closed = true;
          closing = listener;
        }
      }
      if (running != null) {
        running.cancel(message, cause);
      } else if (closing != null) {
        closing.onClose(status, new Metadata());
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    private void startAttempt() {
      ClientCall<Req, Resp> call;
      Metadata attemptHeaders = new Metadata();
      synchronized (this) {
        if (cancelled != null || closed) {
          return;
        }
        attempts++;
        Context previous = context.attach();
        try {
          call = next.newCall(method, options);
        } finally {
          context.detach(previous);
        }
        attempt = call;
        inFlight = true;
        attemptHeaders.merge(headers);
      }
      call.start(new Listener<Resp>() {
        private Metadata responseHeaders = new Metadata();
        private Resp response;

        @Override
        public void onHeaders(Metadata h) {
          responseHeaders = h;
        }

        @Override
        public void onMessage(Resp message) {
          response = message;
        }

        @Override
        public void onClose(Status status, Metadata trailers) {
          finish(status, responseHeaders, response, trailers);
        }
      }, attemptHeaders);
      call.request(2);
      call.sendMessage(request);
      call.halfClose();
    }

    /** Makes the next attempt, in the caller's Context, unless it was made already. */
    void retryNow() {
      if (waiting.remove(this)) {
        context.run(this::startAttempt);
      }
    }


    private void finish(Status status, Metadata responseHeaders, Resp response, Metadata trailers) {
      synchronized (this) {
        inFlight = false;
        if (closed) {
          return;
        }
        if (status.getCode() == Status.Code.UNAVAILABLE && cancelled == null && !shutDown
            && attempts < policy.maxAttempts() && RetryPolicy.isRetryable(method, request)) {
          long pause = policy.backoff(attempts).toNanos();
          Deadline deadline = deadline(options, context);
          if (deadline == null || deadline.timeRemaining(TimeUnit.NANOSECONDS) > pause) {
            waiting.add(this);
            try {
              scheduler.schedule(this::retryNow, pause, TimeUnit.NANOSECONDS);
              return;
            } catch (RejectedExecutionException e) {
              waiting.remove(this); // the client is closed: this attempt's status is the call's
            }
          }
        }
        closed = true;
      }
      listener.onHeaders(responseHeaders);
      if (response != null) {
        listener.onMessage(response);
      }
      String requestId = responseHeaders.get(REQUEST_ID);
      if (!status.isOk() && requestId != null && trailers.get(REQUEST_ID) == null) {
        trailers.put(REQUEST_ID, requestId);
      }
      listener.onClose(status, trailers);
    }
  }
}
