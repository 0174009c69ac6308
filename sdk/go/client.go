// Package edubadges is a thin client layer over the generated gRPC stubs of the edubadges API
// (edubadges.nl/sdk/go/gen/edubadges/v1): a connection with TLS or plaintext and a bearer
// token (fixed, or an API client's from client credentials), retries of UNAVAILABLE calls that are safe to repeat, errors with their decoded
// google.rpc details (*Error), and iterators over List methods (All).
package edubadges

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	pb "edubadges.nl/sdk/go/gen/edubadges/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// TokenSource returns the bearer token for a call; it is asked before every call, so it
// may refresh an expiring token (WithClientCredentials is one).
type TokenSource func(ctx context.Context) (string, error)

type options struct {
	creds       credentials.TransportCredentials
	token       TokenSource
	credentials *clientCredentials
	retry       RetryPolicy
	dialOptions []grpc.DialOption
}

// Option configures Dial.
type Option func(*options) error

// WithToken sends "authorization: Bearer <token>" on every call.
func WithToken(token string) Option {
	return WithTokenSource(func(context.Context) (string, error) { return token, nil })
}

// WithTokenSource asks source for the bearer token of every call.
func WithTokenSource(source TokenSource) Option {
	return func(o *options) error { o.token = source; return nil }
}

// WithTLS uses TLS with the given configuration (the default is TLS with the system roots).
func WithTLS(config *tls.Config) Option {
	return func(o *options) error { o.creds = credentials.NewTLS(config); return nil }
}

// WithRootCAFile uses TLS trusting the PEM certificates of file; serverName, when not
// empty, is the name checked in the server's certificate.
func WithRootCAFile(file, serverName string) Option {
	return func(o *options) error {
		pem, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("edubadges: no certificate in %s", file)
		}
		o.creds = credentials.NewTLS(&tls.Config{RootCAs: pool, ServerName: serverName, MinVersion: tls.VersionTLS12})
		return nil
	}
}

// WithPlaintext talks to the server without TLS: for local servers only.
func WithPlaintext() Option {
	return func(o *options) error { o.creds = insecure.NewCredentials(); return nil }
}

// WithRetry replaces DefaultRetryPolicy.
func WithRetry(policy RetryPolicy) Option {
	return func(o *options) error {
		if policy.MaxAttempts < 1 {
			return errors.New("edubadges: RetryPolicy.MaxAttempts must be at least 1")
		}
		o.retry = policy
		return nil
	}
}

// WithDialOptions adds gRPC dial options (keepalive, user agent, ...).
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(o *options) error { o.dialOptions = append(o.dialOptions, opts...); return nil }
}

// Client is a connection to the edubadges API. Create stubs on Conn():
//
//	badgeClasses := edubadgesv1.NewBadgeClassServiceClient(client.Conn())
type Client struct {
	conn *grpc.ClientConn
}

// Dial prepares a connection to target ("host:port"); it connects on the first call.
func Dial(target string, opts ...Option) (*Client, error) {
	o := options{creds: credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12}), retry: DefaultRetryPolicy}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	calls := interceptor{token: o.token, retry: o.retry}
	if o.credentials != nil {
		calls.forget = o.credentials.forget
	}
	dial := append([]grpc.DialOption{
		grpc.WithTransportCredentials(o.creds),
		grpc.WithChainUnaryInterceptor(calls.unary),
		grpc.WithChainStreamInterceptor(calls.stream),
	}, o.dialOptions...)
	conn, err := grpc.NewClient(target, dial...)
	if err != nil {
		return nil, err
	}
	if o.credentials != nil {
		o.credentials.auth = pb.NewAuthServiceClient(conn)
	}
	return &Client{conn: conn}, nil
}

// Conn is the connection for the generated stubs.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }
