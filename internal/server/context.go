package server

import (
	"context"
	"net"
	"net/http"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

type clientAddrKey struct{}

// ClientAddr is the remote IP of the request (for per-address rate limits).
func ClientAddr(ctx context.Context) string {
	a, _ := ctx.Value(clientAddrKey{}).(string)
	return a
}

func withClientAddr(ctx context.Context, a string) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, a)
}

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
