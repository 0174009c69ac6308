package nl.edubadges.sdk;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failed call with the google.rpc details the server sends in grpc-status-details-bin
 * decoded: the stable reason (and domain, metadata) of ErrorInfo and the field violations of
 * BadRequest. It is a StatusRuntimeException with the same status and trailers:
 *
 * <pre>{@code
 * try { stub.createInstitution(request); }
 * catch (StatusRuntimeException e) {
 *   for (ApiError.FieldViolation v : ApiError.from(e).fieldViolations()) { ... }
 * }
 * }</pre>
 */
public final class ApiError extends StatusRuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Metadata.Key<String> REQUEST_ID = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<byte[]> DETAILS = Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER);

  /** One bad field of a request: its path ("institution.country_code") and what is wrong. */
  public record FieldViolation(String field, String description) {}

  private final String reason;
  private final String domain;
  private final Map<String, String> errorMetadata;
  private final List<FieldViolation> fieldViolations;

  private ApiError(Status status, Metadata trailers, String reason, String domain, Map<String, String> errorMetadata,
      List<FieldViolation> fieldViolations) {
    super(status, trailers);
    this.reason = reason;
    this.domain = domain;
    this.errorMetadata = errorMetadata;
    this.fieldViolations = fieldViolations;
  }

  /** Decodes the details of a failed call (a StatusRuntimeException or StatusException). */
  public static ApiError from(Throwable failure) {
    if (failure instanceof ApiError error) {
      return error;
    }
    Status status = Status.fromThrowable(failure);
    Metadata trailers = Optional.ofNullable(Status.trailersFromThrowable(failure)).orElseGet(Metadata::new);
    String reason = "";
    String domain = "";
    Map<String, String> errorMetadata = Map.of();
    List<FieldViolation> violations = new ArrayList<>();
    for (Any detail : details(trailers)) {
      try {
        if (detail.is(ErrorInfo.class)) {
          ErrorInfo info = detail.unpack(ErrorInfo.class);
          reason = info.getReason();
          domain = info.getDomain();
          errorMetadata = Map.copyOf(info.getMetadataMap());
        } else if (detail.is(BadRequest.class)) {
          for (BadRequest.FieldViolation v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
            violations.add(new FieldViolation(v.getField(), v.getDescription()));
          }
        }
      } catch (InvalidProtocolBufferException e) {
        // a detail that does not decode is left out; the status itself stays
      }
    }
    return new ApiError(status, trailers, reason, domain, errorMetadata, List.copyOf(violations));
  }

  /**
   * The details of the google.rpc.Status in grpc-status-details-bin; none when it is absent or
   * does not decode (the call's own status still tells what failed). Read also when its code
   * differs from the call's (a proxy may change the status), where StatusProto would throw.
   */
  private static List<Any> details(Metadata trailers) {
    byte[] raw = trailers.get(DETAILS);
    if (raw == null) {
      return List.of();
    }
    try {
      return com.google.rpc.Status.parseFrom(raw).getDetailsList();
    } catch (InvalidProtocolBufferException e) {
      return List.of();
    }
  }

  public Status.Code code() { return getStatus().getCode(); }

  /** The stable reason of ErrorInfo, e.g. "INVALID_ARGUMENT" or "REQUEST_ID_REUSED"; empty when none was sent. */
  public String reason() { return reason; }

  public String domain() { return domain; }

  public Map<String, String> errorMetadata() { return errorMetadata; }

  /** Every bad field of the request, in the server's order. */
  public List<FieldViolation> fieldViolations() { return fieldViolations; }

  /** The violation of one field path, if that field was named. */
  public Optional<FieldViolation> violation(String field) {
    return fieldViolations.stream().filter(v -> v.field().equals(field)).findFirst();
  }

  /** The server's id of the call (x-request-id); quote it in support requests. */
  public String requestId() {
    Metadata trailers = getTrailers();
    String id = trailers == null ? null : trailers.get(REQUEST_ID);
    return id == null ? "" : id;
  }
}
