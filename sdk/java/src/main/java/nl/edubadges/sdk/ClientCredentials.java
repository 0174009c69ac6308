package nl.edubadges.sdk;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import nl.edubadges.v1.AuthServiceGrpc;
import nl.edubadges.v1.ExchangeClientCredentialsRequest;
import nl.edubadges.v1.ExchangeClientCredentialsResponse;

/**
 * The bearer token of an API client (a SIS, an alliance partner): exchanged for its id and
 * secret with AuthService.ExchangeClientCredentials on first use, and again when less than a
 * minute (or half the token's lifetime) is left. A refused exchange throws its {@link ApiError}
 * (UNAUTHENTICATED INVALID_CLIENT, or RESOURCE_EXHAUSTED CLIENT_LOCKED) from the call that needed
 * the token. Made by {@link EdubadgesClient.Builder#clientCredentials}.
 */
final class ClientCredentials implements Supplier<String> {
  private final AuthServiceGrpc.AuthServiceBlockingStub auth;
  private final ExchangeClientCredentialsRequest request;
  private String token;
  private Instant refreshAt = Instant.MIN;

  /** {@code channel} is the client's channel without its token and retries. */
  ClientCredentials(Channel channel, String clientId, String clientSecret) {
    this.auth = AuthServiceGrpc.newBlockingStub(channel);
    this.request = ExchangeClientCredentialsRequest.newBuilder().setGrantType("client_credentials")
        .setClientId(clientId).setClientSecret(clientSecret).build();
  }

  @Override
  public synchronized String get() {
    if (token != null && Instant.now().isBefore(refreshAt)) {
      return token;
    }
    ExchangeClientCredentialsResponse response;
    try {
      response = auth.exchangeClientCredentials(request);
    } catch (StatusRuntimeException e) {
      throw ApiError.from(e);
    }
    Duration lifetime = Duration.ofSeconds(response.getExpiresIn());
    Duration margin = lifetime.dividedBy(2).compareTo(Duration.ofMinutes(1)) < 0 ? lifetime.dividedBy(2) : Duration.ofMinutes(1);
    token = response.getAccessToken();
    refreshAt = Instant.now().plus(lifetime).minus(margin);
    return token;
  }
}
