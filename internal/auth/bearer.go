package auth

import "context"

type bearerKey struct{}

// WithBearer returns ctx carrying the token a long-lived connection authenticated with.
func WithBearer(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, bearerKey{}, token)
}

// Bearer is the token a WebSocket connection authenticated with (subscriptions re-check it).
func Bearer(ctx context.Context) string {
	t, _ := ctx.Value(bearerKey{}).(string)
	return t
}
