// ClientCredentials: the bearer token of an API client (a SIS, an alliance partner),
// exchanged for its id and secret and reused until shortly before it expires.
import { ServiceError } from "@grpc/grpc-js";

import { ApiError } from "./errors";
import { AuthServiceClient, ExchangeClientCredentialsResponse } from "./gen/edubadges/v1/auth";

/**
 * A token source for `new EdubadgesClient(address, { token: new ClientCredentials(id, secret) })`:
 * it exchanges the client's id and secret with AuthService.ExchangeClientCredentials on first
 * use, and again when less than a minute (or half the token's lifetime) is left. A refused
 * exchange rejects the call with its ApiError (UNAUTHENTICATED INVALID_CLIENT, or
 * RESOURCE_EXHAUSTED CLIENT_LOCKED).
 */
export class ClientCredentials {
  private auth?: AuthServiceClient;
  private cached?: { token: string; refreshAt: number };
  private inflight?: Promise<string>;

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  /** The client of the exchange, on the EdubadgesClient's channel settings; set by EdubadgesClient. */
  bind(auth: AuthServiceClient): void {
    this.auth = auth;
  }

  /** The current token, exchanged anew when it is about to expire (one exchange at a time). */
  token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.refreshAt) {
      return Promise.resolve(this.cached.token);
    }
    this.inflight ??= this.exchange().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  close(): void {
    this.auth?.close();
  }

  private exchange(): Promise<string> {
    const auth = this.auth;
    if (!auth) {
      return Promise.reject(new Error("ClientCredentials is used through EdubadgesClient, which binds it"));
    }
    const request = { grantType: "client_credentials", clientId: this.clientId, clientSecret: this.clientSecret };
    return new Promise((resolve, reject) =>
      auth.exchangeClientCredentials(request, (error: ServiceError | null, response: ExchangeClientCredentialsResponse) => {
        if (error) {
          reject(new ApiError(error));
          return;
        }
        const lifetimeMs = response.expiresIn * 1000;
        this.cached = { token: response.accessToken, refreshAt: Date.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 2) };
        resolve(response.accessToken);
      }),
    );
  }
}
