// Package reqctx is what the domain may know about the request it serves: the client's
// address (through trusted proxies), the request id, the bearer token's syntax, and where a
// subscription's reason to end goes. It
// imports nothing of the HTTP server, so identity and accounts need not either.
package reqctx

import (
	"context"
	"strings"
)

type key int

const (
	clientAddrKey key = iota
	requestIDKey
	subscriptionEndKey
)

// WithClientAddr returns ctx carrying the client's address (an IP, as a string).
func WithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientAddrKey, addr)
}

// ClientAddr is the client's IP address ("" outside a request): the peer, or, behind a
// trusted proxy, the right-most address the proxies did not vouch for.
func ClientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey).(string)
	return a
}

// WithRequestID returns ctx carrying the request id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

// RequestID is the id of the request in ctx ("" outside a request).
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// MaxBearerLength bounds what is accepted as a token (real ones are under 50 characters).
const MaxBearerLength = 512

// Bearer parses an Authorization value "Bearer <token>" (the scheme in any case).
func Bearer(header string) (string, bool) {
	const prefix = "bearer "
	if len(header) <= len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return "", false
	}
	tok := strings.TrimSpace(header[len(prefix):])
	return tok, tok != "" && len(tok) <= MaxBearerLength
}
