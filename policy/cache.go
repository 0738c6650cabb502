package policy

import (
	"context"
	"errors"
	"fmt"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"
)

type cacheKey struct {
	accountID string
	kind      Kind
	version   int
}

func (k cacheKey) String() string {
	return fmt.Sprintf("%s\x00%s\x00%d", k.accountID, k.kind, k.version)
}

// prepared is a version compiled, or why it is invalid (which sticks to the version).
type prepared struct {
	compiled *Compiled
	err      error
}

// preparedCache is a bounded LRU of prepared account policies that compiles
// each key once, however many requests ask for it at the same time.
type preparedCache struct {
	entries *lru.Cache[cacheKey, prepared]
	loads   singleflight.Group
}

func newPreparedCache(size int) *preparedCache {
	entries, _ := lru.New[cacheKey, prepared](max(size, 1)) // errs only for a size below 1
	return &preparedCache{entries: entries}
}

// peek returns key's policy if it is built.
func (c *preparedCache) peek(key cacheKey) (prepared, bool) { return c.entries.Get(key) }

// get returns key's policy, built once by build; a caller whose ctx ends stops waiting
// without stopping the build, which the others share.
func (c *preparedCache) get(ctx context.Context, key cacheKey, build func() (*Compiled, error)) (*Compiled, error) {
	if p, ok := c.peek(key); ok {
		return p.compiled, p.err
	}
	ch := c.loads.DoChan(key.String(), func() (any, error) {
		if p, ok := c.peek(key); ok { // built between the Get above and this flight
			return p, nil
		}
		p := buildOnce(build)
		var invalid *InvalidError
		if p.err == nil || errors.As(p.err, &invalid) { // a transient failure must not stick to the version
			c.entries.Add(key, p)
		}
		return p, nil
	})
	select {
	case r := <-ch:
		p := r.Val.(prepared)
		return p.compiled, p.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// buildOnce runs build on singleflight's goroutine, where a panic could not be recovered
// by the caller: it becomes an error.
func buildOnce(build func() (*Compiled, error)) (p prepared) {
	defer func() {
		if r := recover(); r != nil {
			p = prepared{err: fmt.Errorf("policy: preparing the policy panicked: %v", r)}
		}
	}()
	p.compiled, p.err = build()
	return p
}
