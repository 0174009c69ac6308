package edubadges

// Error: a failed call with its google.rpc error details decoded.

import (
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// FieldViolation is one bad field of a request: its path ("institution.country_code") and
// what is wrong with it.
type FieldViolation struct {
	Field       string
	Description string
}

// Error is every error of a failed call. It carries the google.rpc details the server sends
// in grpc-status-details-bin: the stable Reason (and Domain, Metadata) of ErrorInfo and the
// FieldViolations of BadRequest; RequestID is the server's x-request-id (quote it in support
// requests). status.Code and status.FromError work on it as on any gRPC error:
//
//	var apiErr *edubadges.Error
//	if errors.As(err, &apiErr) { for _, v := range apiErr.FieldViolations { ... } }
type Error struct {
	Code            codes.Code
	Message         string
	Reason          string
	Domain          string
	Metadata        map[string]string
	FieldViolations []FieldViolation
	RequestID       string
	status          *status.Status
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// GRPCStatus is the status the server sent, with its details.
func (e *Error) GRPCStatus() *status.Status { return e.status }

// Violation is the violation of one field path, or nil when that field was not named.
func (e *Error) Violation(field string) *FieldViolation {
	for i := range e.FieldViolations {
		if e.FieldViolations[i].Field == field {
			return &e.FieldViolations[i]
		}
	}
	return nil
}

func newError(err error, header metadata.MD) error {
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	e := &Error{Code: st.Code(), Message: st.Message(), status: st}
	if ids := header.Get("x-request-id"); len(ids) > 0 {
		e.RequestID = ids[0]
	}
	for _, detail := range st.Details() {
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			e.Reason, e.Domain, e.Metadata = d.GetReason(), d.GetDomain(), d.GetMetadata()
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				e.FieldViolations = append(e.FieldViolations, FieldViolation{Field: v.GetField(), Description: v.GetDescription()})
			}
		}
	}
	return e
}
