package nl.edubadges.sdk;

import io.grpc.Channel;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.edubadges.v1.AuthServiceGrpc;
import nl.edubadges.v1.ExchangeClientCredentialsRequest;
import nl.edubadges.v1.ExchangeClientCredentialsResponse;

/**
 * The bearer token of an API client (a SIS, an alliance partner): exchanged for its id and
 * secret with AuthService.ExchangeClientCredentials on first use, and again when less than a
 * minute (or half the token's lifetime) is left or after the server refused the token
 * (UNAUTHENTICATED: revoked). A refused exchange throws its {@link ApiError}
 * (UNAUTHENTICATED INVALID_CLIENT, or RESOURCE_EXHAUSTED CLIENT_LOCKED) from the call that needed
 * the token. Made by {@link EdubadgesClient.Builder#clientCredentials}.
 */
final class ClientCredentials implements Supplier<String> {
  private final AuthServiceGrpc.AuthServiceBlockingStub auth;
  private final ExchangeClientCredentialsRequest request;
  private final ReentrantLock lock = new ReentrantLock(); // one exchange at a time
  private String token;
  private Instant refreshAt = Instant.MIN;

  /** {@code channel} is the client's channel without its token and retries. */
  ClientCredentials(Channel channel, String clientId, String clientSecret) {
    this.auth = AuthServiceGrpc.newBlockingStub(channel);
    this.request = ExchangeClientCredentialsRequest.newBuilder().setGrantType("client_credentials")
        .setClientId(clientId).setClientSecret(clientSecret).build();
  }

  @Override
  public String get() {
    return token(null);
  }

  /**
   * Drops {@code sent} if it is the current token (the server refused it: revoked), so that
   * the next call exchanges the credentials anew. Skipped while an exchange is under way.
   */
  void forget(String sent) {
    if (lock.tryLock()) {
      try {
        if (sent != null && sent.equals(token)) {
          token = null;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * The current token, exchanged anew when it is about to expire. {@code deadline} is that of
   * the call that needs the token (null: none): the exchange, and waiting for another thread's,
   * end then with DEADLINE_EXCEEDED.
   */
  String token(Deadline deadline) {
    acquire(deadline);
    try {
      if (token != null && Instant.now().isBefore(refreshAt)) {
        return token;
      }
      ExchangeClientCredentialsResponse response;
      try {
        response = (deadline == null ? auth : auth.withDeadline(deadline)).exchangeClientCredentials(request);
      } catch (StatusRuntimeException e) {
        throw ApiError.from(e);
      }
      Duration lifetime = Duration.ofSeconds(response.getExpiresIn());
      Duration margin = lifetime.dividedBy(2).compareTo(Duration.ofMinutes(1)) < 0 ? lifetime.dividedBy(2) : Duration.ofMinutes(1);
      token = response.getAccessToken();
      refreshAt = Instant.now().plus(lifetime).minus(margin);
      return token;
    } finally {
      lock.unlock();
    }
  }

  private void acquire(Deadline deadline) {
    try {
      if (deadline == null) {
        lock.lockInterruptibly();
      } else if (!lock.tryLock(deadline.timeRemaining(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS)) {
        throw ApiError.from(Status.DEADLINE_EXCEEDED
            .withDescription("the deadline passed while the client credentials were being exchanged").asRuntimeException());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiError.from(Status.CANCELLED.withDescription("interrupted while waiting for the client credentials").withCause(e)
          .asRuntimeException());
    }
  }
}
