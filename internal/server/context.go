package server

import (
	"context"
	"net"
	"net/http"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/countthings/countthings/internal/auth"
)

type (
	clientAddrKey struct{}
	authErrorKey  struct{}
)

// ClientAddr is the remote IP of the request (for per-address rate limits).
func ClientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey{}).(string)
	return a
}

func withClientAddr(ctx context.Context, a string) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, a)
}

// AuthError is why a bearer token presented with the request was refused, if one was.
func AuthError(ctx context.Context) error {
	e, _ := ctx.Value(authErrorKey{}).(error)
	return e
}

func withAuthError(ctx context.Context, err error) context.Context {
	return context.WithValue(ctx, authErrorKey{}, err)
}

// Bearer is the token a WebSocket connection authenticated with (subscriptions re-check it).
func Bearer(ctx context.Context) string { return auth.Bearer(ctx) }

func withBearer(ctx context.Context, t string) context.Context { return auth.WithBearer(ctx, t) }

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// operationType is the type of the operation a GET would run ("" when it cannot tell).
func operationType(query, name string) ast.Operation {
	if query == "" {
		return ""
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return ""
	}
	if op := doc.Operations.ForName(name); op != nil {
		return op.Operation
	}
	return ""
}
