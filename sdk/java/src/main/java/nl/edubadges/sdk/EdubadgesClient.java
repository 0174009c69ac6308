package nl.edubadges.sdk;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A channel to the edubadges API: TLS (default) or plaintext, "authorization: Bearer" on every
 * call (a fixed token, a supplier, or an API client's client credentials), and retries of UNAVAILABLE calls that are safe to repeat (see {@link RetryPolicy}).
 * Create the generated stubs on {@link #channel()}:
 *
 * <pre>{@code
 * try (EdubadgesClient client = EdubadgesClient.forTarget("api.example.org:443").token(token).build()) {
 *   var badgeClasses = BadgeClassServiceGrpc.newBlockingStub(client.channel());
 * }
 * }</pre>
 */
public final class EdubadgesClient implements AutoCloseable {
  private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final ManagedChannel managed;
  private final Channel channel;
  private final RetryingInterceptor retrying;

  private EdubadgesClient(Builder b) {
    ChannelCredentials credentials;
    if (b.plaintext) {
      credentials = InsecureChannelCredentials.create();
    } else if (b.rootCertificates != null) {
      try {
        credentials = TlsChannelCredentials.newBuilder().trustManager(b.rootCertificates).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      credentials = TlsChannelCredentials.create();
    }
    ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(b.target, credentials);
    if (b.serverName != null) {
      builder.overrideAuthority(b.serverName);
    }
    managed = builder.build();
    Supplier<String> token = b.clientId != null ? new ClientCredentials(managed, b.clientId, b.clientSecret) : b.token;
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "edubadges-retry");
      t.setDaemon(true);
      return t;
    });
    retrying = new RetryingInterceptor(b.retry, scheduler);
    channel = ClientInterceptors.intercept(managed, retrying, new BearerToken(token));
  }

  /** A builder for a client of {@code target} ("host:port"). */
  public static Builder forTarget(String target) {
    return new Builder(target);
  }

  /** The channel for the generated stubs. */
  public Channel channel() {
    return channel;
  }

  /**
   * Closes the channel, waiting up to 5 seconds for calls in flight; calls waiting for a retry
   * end at once (their next attempt fails on the closed channel).
   */
  @Override
  public void close() {
    managed.shutdown();
    retrying.close();
    try {
      managed.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Adds the bearer token of every call (asked from the supplier, so it may be refreshed; client
   * credentials are exchanged within the deadline of the call, or of its gRPC Context).
   */
  private record BearerToken(Supplier<String> token) implements ClientInterceptor {
    @Override
    public <Req, Resp> ClientCall<Req, Resp> interceptCall(MethodDescriptor<Req, Resp> method, CallOptions options, Channel next) {
      Deadline deadline = RetryingInterceptor.deadline(options, Context.current());
      return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
        @Override
        public void start(Listener<Resp> listener, Metadata headers) {
          String value = token instanceof ClientCredentials credentials ? credentials.token(deadline) : token == null ? null : token.get();
          if (value != null && !value.isEmpty()) {
            headers.put(AUTHORIZATION, "Bearer " + value);
          }
          if (!(token instanceof ClientCredentials credentials)) {
            super.start(listener, headers);
            return;
          }
          super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
            @Override
            public void onClose(Status status, Metadata trailers) {
              if (status.getCode() == Status.Code.UNAUTHENTICATED) {
                credentials.forget(value); // revoked: the next call exchanges anew
              }
              super.onClose(status, trailers);
            }
          }, headers);
        }
      };
    }
  }

  /** Configures a client; TLS with the system's trusted roots unless told otherwise. */
  public static final class Builder {
    private final String target;
    private Supplier<String> token;
    private String clientId;
    private String clientSecret;
    private boolean plaintext;
    private File rootCertificates;
    private String serverName;
    private RetryPolicy retry = RetryPolicy.DEFAULT;

    private Builder(String target) {
      this.target = target;
    }

    /** Sends "authorization: Bearer {@code token}" on every call. */
    public Builder token(String token) {
      this.token = () -> token;
      this.clientId = null;
      return this;
    }

    /**
     * Makes the client an API client: it exchanges {@code clientId} and {@code clientSecret}
     * for bearer tokens (AuthService.ExchangeClientCredentials) on its own channel, and again
     * shortly before each expires.
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /** Asks {@code source} for the bearer token before every call (for tokens that expire). */
    public Builder tokenSource(Supplier<String> source) {
      this.token = source;
      this.clientId = null;
      return this;
    }

    /** No TLS: for local servers only. */
    public Builder plaintext() {
      this.plaintext = true;
      return this;
    }

    /** TLS trusting the PEM certificates of {@code caFile}; {@code serverName}, when not null, is the name checked in the server's certificate. */
    public Builder tls(File caFile, String serverName) {
      this.plaintext = false;
      this.rootCertificates = caFile;
      this.serverName = serverName;
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retry = policy;
      return this;
    }

    public EdubadgesClient build() {
      return new EdubadgesClient(this);
    }
  }
}
