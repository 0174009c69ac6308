// The edubadges SDK for Node.js: the client layer; the generated messages and service
// clients are under "@edubadges/sdk/dist/src/gen/edubadges/v1/<file>".
export { ClientCredentials } from "./credentials";
export { ApiError, FieldViolation } from "./errors";
export { CallOptions, ClientOptions, EdubadgesClient, Promised, ServiceClientConstructor, TokenSource } from "./client";
export { paginate } from "./paging";
export { DEFAULT_RETRY_POLICY, NO_RETRY, RetryPolicy, backoffMs, isRetryable } from "./retry";
