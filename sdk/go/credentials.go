package edubadges

// Client credentials: the bearer token of an API client (a SIS, an alliance partner),
// exchanged for its id and secret and reused until shortly before it expires.

import (
	"context"
	"sync"
	"time"

	pb "edubadges.nl/sdk/go/gen/edubadges/v1"
)

const exchangeMethod = "/edubadges.v1.AuthService/ExchangeClientCredentials"

type clientCredentials struct {
	id, secret string
	auth       pb.AuthServiceClient
	mu         sync.Mutex
	token      string
	refreshAt  time.Time
}

// WithClientCredentials makes the client an API client: it exchanges clientID and secret
// with AuthService.ExchangeClientCredentials on first use, and again when less than a minute
// (or half the token's lifetime) is left. A refused exchange fails the call with the
// exchange's *Error (UNAUTHENTICATED INVALID_CLIENT, or RESOURCE_EXHAUSTED CLIENT_LOCKED).
func WithClientCredentials(clientID, secret string) Option {
	return func(o *options) error {
		o.credentials = &clientCredentials{id: clientID, secret: secret}
		o.token = o.credentials.Token
		return nil
	}
}

// Token is the current token, exchanged anew when it is about to expire.
func (c *clientCredentials) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
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
