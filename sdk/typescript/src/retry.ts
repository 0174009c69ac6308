// Which calls may be repeated after UNAVAILABLE, and how long to wait between attempts.

/** Exponential backoff with full jitter; maxAttempts counts the first call. */
export interface RetryPolicy {
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  multiplier: number;
}

/** Up to 5 attempts, waits of at most 0.1 s, 0.2 s, 0.4 s and 0.8 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 100, maxBackoffMs: 2000, multiplier: 2 };

/** Every call once. */
export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };

/** Milliseconds to wait before retry number `retry` (1 for the first retry). */
export function backoffMs(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * policy.multiplier ** (retry - 1));
  return Math.random() * ceiling;
}

/**
 * Whether a call may be repeated after UNAVAILABLE: a read (an AIP Get or List method, or the
 * health check), or a request with a request_id, which the server answers with the first
 * result when it is repeated. `path` is the full gRPC path,
 * "/edubadges.v1.AssertionService/GetAssertion".
 */
export function isRetryable(path: string, request: unknown): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name.startsWith("Get") || name.startsWith("List") || path === "/grpc.health.v1.Health/Check") {
    return true;
  }
  const requestId = (request as { requestId?: unknown } | null)?.requestId;
  return typeof requestId === "string" && requestId !== "";
}
