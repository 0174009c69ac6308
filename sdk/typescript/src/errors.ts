// ApiError: a failed call with its google.rpc error details decoded.
import { Metadata, ServiceError, status } from "@grpc/grpc-js";

import { BadRequest, ErrorInfo } from "./gen/google/rpc/error_details";
import { Status } from "./gen/google/rpc/status";

/** One bad field of a request: its path ("institution.country_code") and what is wrong. */
export interface FieldViolation {
  field: string;
  description: string;
}

const ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
const BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

/** The message in `bytes`, or undefined when they do not decode. */
function decoded<T>(decode: (bytes: Uint8Array) => T, bytes: Uint8Array): T | undefined {
  try {
    return decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The details of the google.rpc.Status in grpc-status-details-bin; none when it is absent or
 * does not decode (the call's own code and message still tell what failed).
 */
function statusDetails(raw: unknown): Status["details"] {
  return raw instanceof Buffer ? (decoded(Status.decode, raw)?.details ?? []) : [];
}

/**
 * Every failed call rejects with an ApiError. It has the shape of @grpc/grpc-js's
 * ServiceError (code, details, metadata) plus the google.rpc details the server sends in
 * grpc-status-details-bin: the stable `reason` (and `domain`, `errorMetadata`) of ErrorInfo
 * and the `fieldViolations` of BadRequest; `requestId` is the server's x-request-id (quote
 * it in support requests).
 */
export class ApiError extends Error {
  readonly code: status;
  readonly details: string;
  readonly metadata: Metadata;
  readonly reason: string;
  readonly domain: string;
  readonly errorMetadata: Record<string, string>;
  readonly fieldViolations: FieldViolation[];
  readonly requestId: string;

  constructor(error: ServiceError, initialMetadata?: Metadata) {
    super(`${status[error.code] ?? error.code}: ${error.details}`);
    this.name = "ApiError";
    this.code = error.code;
    this.details = error.details;
    this.metadata = error.metadata ?? new Metadata();
    let reason = "";
    let domain = "";
    let errorMetadata: Record<string, string> = {};
    const violations: FieldViolation[] = [];
    for (const detail of statusDetails(this.metadata.get("grpc-status-details-bin")[0])) {
      if (detail.typeUrl === ERROR_INFO) {
        const info = decoded(ErrorInfo.decode, detail.value);
        if (info) {
          ({ reason, domain } = info);
          errorMetadata = info.metadata;
        }
      } else if (detail.typeUrl === BAD_REQUEST) {
        for (const v of decoded(BadRequest.decode, detail.value)?.fieldViolations ?? []) {
          violations.push({ field: v.field, description: v.description });
        }
      }
    }
    this.reason = reason;
    this.domain = domain;
    this.errorMetadata = errorMetadata;
    this.fieldViolations = violations;
    const id = initialMetadata?.get("x-request-id")[0] ?? this.metadata.get("x-request-id")[0];
    this.requestId = typeof id === "string" ? id : "";
  }

  /** The violation of one field path, if that field was named. */
  violation(field: string): FieldViolation | undefined {
    return this.fieldViolations.find((v) => v.field === field);
  }
}
