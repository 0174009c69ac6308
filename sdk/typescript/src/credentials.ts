// ClientCredentials: the bearer token of an API client (a SIS, an alliance partner),
// exchanged for its id and secret and reused until shortly before it expires.
import { Metadata, ServiceError, status } from "@grpc/grpc-js";

import { ApiError } from "./errors";
import { AuthServiceClient, ExchangeClientCredentialsResponse } from "./gen/edubadges/v1/auth";

/** `promise`, or a rejection with ApiError DEADLINE_EXCEEDED once `deadline` has passed. */
function until<T>(promise: Promise<T>, deadline: Date): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const details = "the deadline passed while the client credentials were being exchanged";
      reject(new ApiError(Object.assign(new Error(details), { code: status.DEADLINE_EXCEEDED, details, metadata: new Metadata() })));
    }, Math.max(0, deadline.getTime() - Date.now()));
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/**
 * A token source for `new EdubadgesClient(address, { token: new ClientCredentials(id, secret) })`:
 * it exchanges the client's id and secret with AuthService.ExchangeClientCredentials on first
 * use, and again when less than a minute (or half the token's lifetime) is left or after the
 * server refused the token (UNAUTHENTICATED: revoked). A refused
 * exchange rejects the call with its ApiError (UNAUTHENTICATED INVALID_CLIENT, or
 * RESOURCE_EXHAUSTED CLIENT_LOCKED).
 */
export class ClientCredentials {
  // JavaScript private fields: console.log, util.inspect and JSON.stringify never show them.
  readonly #clientId: string;
  readonly #clientSecret: string;
  private auth?: AuthServiceClient;
  #cached?: { token: string; refreshAt: number };
  private inflight?: Promise<string>;

  constructor(clientId: string, clientSecret: string) {
    this.#clientId = clientId;
    this.#clientSecret = clientSecret;
  }

  /** The client of the exchange, on the EdubadgesClient's channel settings; set by EdubadgesClient. */
  bind(auth: AuthServiceClient): void {
    this.auth = auth;
  }

  /**
   * The current token, exchanged anew when it is about to expire (one exchange at a time).
   * `deadline` is that of the call that needs the token: an exchange it starts ends then, and
   * so does its wait for an exchange under way (rejecting with ApiError DEADLINE_EXCEEDED).
   */
  token(deadline?: Date): Promise<string> {
    if (this.#cached && Date.now() < this.#cached.refreshAt) {
      return Promise.resolve(this.#cached.token);
    }
    this.inflight ??= this.exchange(deadline).finally(() => (this.inflight = undefined));
    return deadline ? until(this.inflight, deadline) : this.inflight;
  }

  /**
   * Drops the token sent as `authorization` ("Bearer <token>") if it is the current one (the
   * server refused it: revoked), so that the next call exchanges the credentials anew.
   */
  forget(authorization: unknown): void {
    if (this.#cached && authorization === `Bearer ${this.#cached.token}`) {
      this.#cached = undefined;
    }
  }

  close(): void {
    this.auth?.close();
  }

  private exchange(deadline?: Date): Promise<string> {
    const auth = this.auth;
    if (!auth) {
      return Promise.reject(new Error("ClientCredentials is used through EdubadgesClient, which binds it"));
    }
    const request = { grantType: "client_credentials", clientId: this.#clientId, clientSecret: this.#clientSecret };
    const options = deadline ? { deadline } : {};
    return new Promise((resolve, reject) =>
      auth.exchangeClientCredentials(request, new Metadata(), options, (error: ServiceError | null, response: ExchangeClientCredentialsResponse) => {
        if (error) {
          reject(new ApiError(error));
          return;
        }
        const lifetimeMs = response.expiresIn * 1000;
        this.#cached = { token: response.accessToken, refreshAt: Date.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 2) };
        resolve(response.accessToken);
      }),
    );
  }
}
