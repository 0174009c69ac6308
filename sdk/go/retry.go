package edubadges

// Which calls may be repeated after UNAVAILABLE, and how long to wait between attempts.

import (
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"google.golang.org/protobuf/proto"
)

// RetryPolicy is exponential backoff with full jitter; MaxAttempts counts the first call.
type RetryPolicy struct {
	MaxAttempts    int
	InitialBackoff time.Duration
	MaxBackoff     time.Duration
	Multiplier     float64
}

// DefaultRetryPolicy: up to 5 attempts, waits of at most 0.1 s, 0.2 s, 0.4 s and 0.8 s.
var DefaultRetryPolicy = RetryPolicy{MaxAttempts: 5, InitialBackoff: 100 * time.Millisecond,
	MaxBackoff: 2 * time.Second, Multiplier: 2}

// NoRetry makes every call once.
var NoRetry = RetryPolicy{MaxAttempts: 1}

// Backoff is the wait before retry number retry (1 for the first retry).
func (p RetryPolicy) Backoff(retry int) time.Duration {
	ceiling := float64(p.InitialBackoff) * math.Pow(p.Multiplier, float64(retry-1))
	ceiling = math.Min(ceiling, float64(p.MaxBackoff))
	if ceiling <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(ceiling) + 1))
}

// IsRetryable reports whether a call may be repeated after UNAVAILABLE: a read (an AIP Get or
// List method, or the health check), or a request with a request_id, which the server
// answers with the first result when it is repeated. method is the full gRPC path,
// "/edubadges.v1.AssertionService/GetAssertion".
func IsRetryable(method string, req any) bool {
	name := method[strings.LastIndexByte(method, '/')+1:]
	if strings.HasPrefix(name, "Get") || strings.HasPrefix(name, "List") || method == "/grpc.health.v1.Health/Check" {
		return true
	}
	msg, ok := req.(proto.Message)
	if !ok {
		return false
	}
	m := msg.ProtoReflect()
	field := m.Descriptor().Fields().ByName("request_id")
	return field != nil && m.Get(field).String() != ""
}
