package edubadges

// Client credentials: the bearer token of an API client (a SIS, an alliance partner),
// exchanged for its id and secret and reused until shortly before it expires.

import (
	"context"
	"time"

	pb "edubadges.nl/sdk/go/gen/edubadges/v1"
	"google.golang.org/grpc/status"
)

const exchangeMethod = "/edubadges.v1.AuthService/ExchangeClientCredentials"

type clientCredentials struct {
	id, secret string
	auth       pb.AuthServiceClient
	turn       chan struct{} // one exchange at a time; waiting for it ends with the caller's context
	token      string
	refreshAt  time.Time
}

// WithClientCredentials makes the client an API client: it exchanges clientID and secret
// with AuthService.ExchangeClientCredentials on first use, and again when less than a minute
// (or half the token's lifetime) is left or after the server refused the token
// (UNAUTHENTICATED: revoked). A refused exchange fails the call with the
// exchange's *Error (UNAUTHENTICATED INVALID_CLIENT, or RESOURCE_EXHAUSTED CLIENT_LOCKED).
func WithClientCredentials(clientID, secret string) Option {
	return func(o *options) error {
		o.credentials = &clientCredentials{id: clientID, secret: secret, turn: make(chan struct{}, 1)}
		o.token = o.credentials.Token
		return nil
	}
}

// forget drops token if it is the current one (the server refused it: revoked), so that the
// next call exchanges the credentials anew.
func (c *clientCredentials) forget(token string) {
	select {
	case c.turn <- struct{}{}:
	default:
		return // an exchange is under way: a new token is coming
	}
	defer func() { <-c.turn }()
	if token != "" && token == c.token {
		c.token = ""
	}
}

// Token is the current token, exchanged anew when it is about to expire. The exchange, and
// waiting for another goroutine's exchange, end with ctx (the context of the call that needs
// the token).
func (c *clientCredentials) Token(ctx context.Context) (string, error) {
	select {
	case c.turn <- struct{}{}:
	case <-ctx.Done():
		return "", status.FromContextError(ctx.Err()).Err()
	}
	defer func() { <-c.turn }()
	if c.token != "" && time.Now().Before(c.refreshAt) {
		return c.token, nil
	}
	resp, err := c.auth.ExchangeClientCredentials(ctx, &pb.ExchangeClientCredentialsRequest{
		GrantType: "client_credentials", ClientId: c.id, ClientSecret: c.secret})
	if err != nil {
		return "", err
	}
	lifetime := time.Duration(resp.GetExpiresIn()) * time.Second
	c.token = resp.GetAccessToken()
	c.refreshAt = time.Now().Add(lifetime - min(time.Minute, lifetime/2))
	return c.token, nil
}
