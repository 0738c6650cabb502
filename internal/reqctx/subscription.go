package reqctx

import (
	"context"
	"sync"
)

// A subscription's reason to end goes from the code that ends it (the events service) to
// the transport serving it, which sends it to the client as the operation's error instead
// of a plain complete. The reasons are the domain's errors (apperr); the transport maps them.

type subscriptionEnds struct {
	mu   sync.Mutex
	errs []error
}

// WithSubscriptionEnd returns a context that collects the reasons given with EndSubscription.
func WithSubscriptionEnd(ctx context.Context) context.Context {
	return context.WithValue(ctx, subscriptionEndKey, &subscriptionEnds{})
}

// CollectsSubscriptionEnd reports whether a transport collects reasons in ctx.
func CollectsSubscriptionEnd(ctx context.Context) bool {
	_, ok := ctx.Value(subscriptionEndKey).(*subscriptionEnds)
	return ok
}

// EndSubscription records why the subscription in ctx ends; it reports false when no
// transport collects reasons there (a test calling the service directly).
func EndSubscription(ctx context.Context, err error) bool {
	r, _ := ctx.Value(subscriptionEndKey).(*subscriptionEnds)
	if r == nil {
		return false
	}
	r.mu.Lock()
	r.errs = append(r.errs, err)
	r.mu.Unlock()
	return true
}

// SubscriptionEnd is the reasons recorded in ctx.
func SubscriptionEnd(ctx context.Context) []error {
	r, _ := ctx.Value(subscriptionEndKey).(*subscriptionEnds)
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]error(nil), r.errs...)
}
