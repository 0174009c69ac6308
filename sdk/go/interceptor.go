package edubadges

// The interceptors of every call: the bearer token, retries and error decoding.

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

type interceptor struct {
	token  TokenSource
	forget func(token string) // client credentials: drops a token the server refused
	retry  RetryPolicy
}

// withToken adds the bearer token (and says which); the client-credentials exchange itself
// carries none.
func (i interceptor) withToken(ctx context.Context, method string) (context.Context, string, error) {
	if i.token == nil || method == exchangeMethod {
		return ctx, "", nil
	}
	token, err := i.token(ctx)
	if err != nil || token == "" {
		return ctx, "", err
	}
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token), token, nil
}

func (i interceptor) unary(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn,
	invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	ctx, token, err := i.withToken(ctx, method)
	if err != nil {
		return newError(err, nil)
	}
	retryable := IsRetryable(method, req)
	for attempt := 1; ; attempt++ {
		var header, trailer metadata.MD
		err = invoker(ctx, method, req, reply, cc, append(opts, grpc.Header(&header), grpc.Trailer(&trailer))...)
		if err == nil {
			return nil
		}
		if status.Code(err) == codes.Unauthenticated && i.forget != nil {
			i.forget(token) // revoked: the next call exchanges anew
		}
		if !retryable || attempt >= i.retry.MaxAttempts || status.Code(err) != codes.Unavailable {
			return newError(err, header)
		}
		select {
		case <-ctx.Done():
			return newError(err, header)
		case <-time.After(i.retry.Backoff(attempt)):
		}
	}
}

func (i interceptor) stream(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string,
	streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	ctx, _, err := i.withToken(ctx, method)
	if err != nil {
		return nil, err
	}
	return streamer(ctx, desc, cc, method, opts...)
}
