package nl.edubadges.sdk;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Repeats unary calls that end in UNAVAILABLE when {@link RetryPolicy#isRetryable} allows it,
 * after the policy's backoff and within the call's deadline. The request is kept until the
 * call ends; the caller sees only the last attempt. It also copies the server's x-request-id
 * from the response headers into the trailers of a failed call, where {@link ApiError} finds it.
 */
final class RetryingInterceptor implements ClientInterceptor {
  static final Metadata.Key<String> REQUEST_ID = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);

  private final RetryPolicy policy;
  private final ScheduledExecutorService scheduler;

  RetryingInterceptor(RetryPolicy policy, ScheduledExecutorService scheduler) {
    this.policy = policy;
    this.scheduler = scheduler;
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
    private Listener<Resp> listener;
    private Metadata headers;
    private Req request;
    private ClientCall<Req, Resp> attempt;
    private int attempts;
    private boolean cancelled;

    RetryingCall(MethodDescriptor<Req, Resp> method, CallOptions options, Channel next) {
      this.method = method;
      this.options = options;
      this.next = next;
    }

    @Override
    public void start(Listener<Resp> responseListener, Metadata requestHeaders) {
      listener = responseListener;
      headers = requestHeaders;
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

    @Override
    public synchronized void cancel(String message, Throwable cause) {
      cancelled = true;
      if (attempt != null) {
        attempt.cancel(message, cause);
      } else {
        listener.onClose(Status.CANCELLED.withDescription(message).withCause(cause), new Metadata());
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    private synchronized void startAttempt() {
      if (cancelled) {
        return;
      }
      attempts++;
      ClientCall<Req, Resp> call = next.newCall(method, options);
      attempt = call;
      Metadata attemptHeaders = new Metadata();
      attemptHeaders.merge(headers);
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

    private void finish(Status status, Metadata responseHeaders, Resp response, Metadata trailers) {
      if (status.getCode() == Status.Code.UNAVAILABLE && !cancelled && attempts < policy.maxAttempts()
          && RetryPolicy.isRetryable(method, request)) {
        long pause = policy.backoff(attempts).toNanos();
        Deadline deadline = options.getDeadline();
        if (deadline == null || deadline.timeRemaining(TimeUnit.NANOSECONDS) > pause) {
          scheduler.schedule(this::startAttempt, pause, TimeUnit.NANOSECONDS);
          return;
        }
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
