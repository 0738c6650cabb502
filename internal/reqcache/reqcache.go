// Package reqcache memoizes lookups for the length of one request, so a field resolved on
// every item of a page (a license's expiration date: its account's) costs one query, not one per item.
package reqcache

import (
	"context"
	"sync"
)

type ctxKey struct{}

type cache struct {
	mu sync.Mutex
	m  map[any]*entry
}

type entry struct {
	once sync.Once
	val  any
	err  error
	put  bool // stored by Put: val is set
}

// With returns ctx carrying an empty request cache.
func With(ctx context.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, &cache{m: map[any]*entry{}})
}

// Get returns the value cached under key in this request, loading it once; without a
// request cache in ctx it just loads. Errors are cached too: a request sees one answer.
func Get[T any](ctx context.Context, key any, load func() (T, error)) (T, error) {
	c, ok := ctx.Value(ctxKey{}).(*cache)
	if !ok {
		return load()
	}
	c.mu.Lock()
	e, ok := c.m[key]
	if !ok {
		e = &entry{}
		c.m[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.val, e.err = load() })
	if e.err != nil {
		var zero T
		return zero, e.err
	}
	return e.val.(T), nil
}

// Put stores val under key for this request, unless the key is already there: a value the
// caller got as a by-product of another query. Without a request cache in ctx it does nothing.
func Put(ctx context.Context, key, val any) {
	c, ok := ctx.Value(ctxKey{}).(*cache)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok {
		return
	}
	e := &entry{val: val, put: true}
	e.once.Do(func() {})
	c.m[key] = e
}

// Forget drops key from this request's cache (after a write that changed it).
func Forget(ctx context.Context, key any) {
	if c, ok := ctx.Value(ctxKey{}).(*cache); ok {
		c.mu.Lock()
		delete(c.m, key)
		c.mu.Unlock()
	}
}

// Lookup returns the value Put stored under key in this request, without loading anything.
func Lookup[T any](ctx context.Context, key any) (T, bool) {
	var zero T
	c, ok := ctx.Value(ctxKey{}).(*cache)
	if !ok {
		return zero, false
	}
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if !ok || !e.put {
		return zero, false
	}
	v, ok := e.val.(T)
	return v, ok
}
