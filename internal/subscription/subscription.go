// Package subscription carries a subscription's reason to end from the code that ends it
// (the events service) to the WebSocket transport, which sends it to the client as the
// operation's error instead of a plain complete.
package subscription

import (
	"context"
	"sync"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

type key struct{}

type reasons struct {
	mu   sync.Mutex
	errs []*gqlerror.Error
}

// With returns a context that collects the reasons given with End.
func With(ctx context.Context) context.Context {
	return context.WithValue(ctx, key{}, &reasons{})
}

// End records why the subscription in ctx ends; it reports false when no transport collects
// reasons there (a test calling the service directly).
func End(ctx context.Context, e *gqlerror.Error) bool {
	r, _ := ctx.Value(key{}).(*reasons)
	if r == nil {
		return false
	}
	r.mu.Lock()
	r.errs = append(r.errs, e)
	r.mu.Unlock()
	return true
}

// Errors are the reasons recorded in ctx.
func Errors(ctx context.Context) []*gqlerror.Error {
	r, _ := ctx.Value(key{}).(*reasons)
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*gqlerror.Error(nil), r.errs...)
}
