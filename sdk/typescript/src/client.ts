// EdubadgesClient: channels to the edubadges API with the bearer token, retries and ApiError,
// and promise-returning versions of the generated @grpc/grpc-js clients.
import {
  CallOptions as GrpcCallOptions,
  ChannelCredentials,
  ChannelOptions,
  Client,
  ClientUnaryCall,
  Metadata,
  ServiceError,
  credentials,
  status,
} from "@grpc/grpc-js";

import { ClientCredentials } from "./credentials";
import { ApiError } from "./errors";
import { AuthServiceClient } from "./gen/edubadges/v1/auth";
import { DEFAULT_RETRY_POLICY, RetryPolicy, backoffMs, isRetryable } from "./retry";

/** A fixed token, a function asked before every call (to refresh an expiring token), or an API client's ClientCredentials. */
export type TokenSource = string | (() => string | Promise<string>) | ClientCredentials;

export interface ClientOptions {
  /** Sent as "authorization: Bearer <token>" on every call. */
  token?: TokenSource;
  /** TLS (the default) with the system roots or `rootCerts` (PEM), `serverName` overriding the name checked in the certificate; false is plaintext, for local servers only. */
  tls?: boolean | { rootCerts?: Buffer; serverName?: string };
  retry?: RetryPolicy;
  channelOptions?: ChannelOptions;
}

/** Options of one call. */
export interface CallOptions {
  /** The deadline of the whole call, retries included. */
  deadline?: Date;
  /** Extra request metadata. */
  metadata?: Metadata;
}

type UnaryMethod<Req, Res> = (
  request: Req,
  metadata: Metadata,
  options: Partial<GrpcCallOptions>,
  callback: (error: ServiceError | null, response: Res) => void,
) => ClientUnaryCall;

/** A generated client with every unary method returning a promise (and rejecting with ApiError). */
export type Promised<C> = {
  [K in keyof C as C[K] extends UnaryMethod<any, any> ? K : never]: C[K] extends UnaryMethod<infer Req, infer Res>
    ? (request: Req, options?: CallOptions) => Promise<Res>
    : never;
};

/** The constructor ts-proto generates for a service, e.g. BadgeClassServiceClient. */
export interface ServiceClientConstructor<C extends Client> {
  new (address: string, credentials: ChannelCredentials, options?: Partial<ChannelOptions>): C;
  service: Record<string, { path: string; requestStream: boolean; responseStream: boolean }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class EdubadgesClient {
  // A JavaScript private field, never shown by console.log, util.inspect or JSON.stringify.
  readonly #token?: TokenSource;
  private readonly credentials: ChannelCredentials;
  /** One generated client (one channel) per service, made on first use. */
  private readonly services = new Map<ServiceClientConstructor<Client>, { raw: Client; promised: unknown }>();
  private readonly channelOptions: ChannelOptions;
  private readonly retry: RetryPolicy;

  constructor(
    private readonly address: string,
    options: ClientOptions = {},
  ) {
    this.#token = options.token;
    const tls = options.tls ?? true;
    this.channelOptions = { ...options.channelOptions };
    if (tls === false) {
      this.credentials = credentials.createInsecure();
    } else {
      const { rootCerts, serverName } = tls === true ? {} : tls;
      this.credentials = credentials.createSsl(rootCerts ?? null);
      if (serverName) {
        this.channelOptions["grpc.ssl_target_name_override"] = serverName;
        this.channelOptions["grpc.default_authority"] = serverName;
      }
    }
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    if (options.token instanceof ClientCredentials) {
      options.token.bind(new AuthServiceClient(address, this.credentials, this.channelOptions));
    }
  }

  /**
   * A promise-returning client of one service: client.service(BadgeClassServiceClient). Every
   * call for the same service returns the same client, on one channel.
   */
  service<C extends Client>(ctor: ServiceClientConstructor<C>): Promised<C> {
    const known = this.services.get(ctor);
    if (known) {
      return known.promised as Promised<C>;
    }
    const raw = new ctor(this.address, this.credentials, this.channelOptions);
    const promised: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(ctor.service)) {
      if (method.requestStream || method.responseStream) {
        continue;
      }
      const call = (raw as unknown as Record<string, UnaryMethod<unknown, unknown>>)[name].bind(raw);
      promised[name] = (request: unknown, options?: CallOptions) => this.unary(method.path, call, request, options);
    }
    this.services.set(ctor, { raw, promised });
    return promised as Promised<C>;
  }

  /** Closes every channel of this client. */
  close(): void {
    for (const { raw } of this.services.values()) {
      raw.close();
    }
    if (this.#token instanceof ClientCredentials) {
      this.#token.close();
    }
  }

  private async metadata(extra?: Metadata, deadline?: Date): Promise<Metadata> {
    const metadata = extra?.clone() ?? new Metadata();
    const source = this.#token;
    const token = source instanceof ClientCredentials ? await source.token(deadline) : typeof source === "function" ? await source() : source;
    if (token) {
      metadata.set("authorization", `Bearer ${token}`);
    }
    return metadata;
  }

  private async unary<Req, Res>(path: string, call: UnaryMethod<Req, Res>, request: Req, options: CallOptions = {}): Promise<Res> {
    const retryable = isRetryable(path, request);
    for (let attempt = 1; ; attempt++) {
      const metadata = await this.metadata(options.metadata, options.deadline);
      try {
        return await new Promise<Res>((resolve, reject) => {
          let initial: Metadata | undefined;
          const grpcOptions = options.deadline ? { deadline: options.deadline } : {};
          call(request, metadata, grpcOptions, (error, response) =>
            error ? reject(new ApiError(error, initial)) : resolve(response),
          ).on("metadata", (m) => (initial = m));
        });
      } catch (error) {
        const source = this.#token;
        if (error instanceof ApiError && error.code === status.UNAUTHENTICATED && source instanceof ClientCredentials) {
          source.forget(metadata.get("authorization")[0]); // revoked: the next call exchanges anew
        }
        const pause = backoffMs(this.retry, attempt);
        const inTime = !options.deadline || Date.now() + pause < options.deadline.getTime();
        if (!(error instanceof ApiError) || error.code !== status.UNAVAILABLE || !retryable || attempt >= this.retry.maxAttempts || !inTime) {
          throw error;
        }
        await sleep(pause);
      }
    }
  }
}
