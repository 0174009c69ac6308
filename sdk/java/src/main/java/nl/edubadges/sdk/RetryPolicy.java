package nl.edubadges.sdk;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which calls may be repeated after UNAVAILABLE, and how long to wait between attempts:
 * exponential backoff with full jitter; {@code maxAttempts} counts the first call.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier) {
  /** Up to 5 attempts, waits of at most 0.1 s, 0.2 s, 0.4 s and 0.8 s. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2), 2);
  /** Every call once. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration backoff(int retry) {
    double ceiling = Math.min(maxBackoff.toNanos(), initialBackoff.toNanos() * Math.pow(multiplier, retry - 1));
    return Duration.ofNanos((long) (ThreadLocalRandom.current().nextDouble() * ceiling));
  }

  /**
   * Whether a call may be repeated after UNAVAILABLE: a read (an AIP Get or List method, or the
   * health check), or a request with a request_id, which the server answers with the first
   * result when it is repeated.
   */
  public static boolean isRetryable(MethodDescriptor<?, ?> method, Object request) {
    String name = method.getBareMethodName();
    if (name != null && (name.startsWith("Get") || name.startsWith("List"))
        || method.getFullMethodName().equals("grpc.health.v1.Health/Check")) {
      return true;
    }
    if (request instanceof Message message) {
      FieldDescriptor field = message.getDescriptorForType().findFieldByName("request_id");
      return field != null && !message.getField(field).toString().isEmpty();
    }
    return false;
  }
}
