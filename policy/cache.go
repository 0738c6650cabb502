package policy

import (
	"container/list"
	"context"
	"errors"
	"sync"
)

type cacheKey struct {
	accountID string
	kind      Kind
	version   int
}

type cacheEntry struct {
	key      cacheKey
	done     chan struct{} // closed once compiled or err is set
	compiled *Compiled
	err      error
}

// preparedCache is a bounded LRU of prepared account policies that compiles
// each key once, however many requests ask for it at the same time.
type preparedCache struct {
	mu      sync.Mutex
	size    int
	order   *list.List // of *cacheEntry, most recently used first
	entries map[cacheKey]*list.Element
}

func newPreparedCache(size int) *preparedCache {
	return &preparedCache{size: max(size, 1), order: list.New(), entries: map[cacheKey]*list.Element{}}
}

func (c *preparedCache) get(ctx context.Context, key cacheKey, build func() (*Compiled, error)) (*Compiled, error) {
	c.mu.Lock()
	if el, ok := c.entries[key]; ok {
		c.order.MoveToFront(el)
		entry := el.Value.(*cacheEntry)
		c.mu.Unlock()
		select {
		case <-entry.done:
			return entry.compiled, entry.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	entry := &cacheEntry{key: key, done: make(chan struct{})}
	c.entries[key] = c.order.PushFront(entry)
	for c.order.Len() > c.size {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.entries, oldest.Value.(*cacheEntry).key) // waiters keep their pointer
	}
	c.mu.Unlock()

	entry.compiled, entry.err = build()
	close(entry.done)
	var invalid *InvalidError
	if entry.err != nil && !errors.As(entry.err, &invalid) {
		c.forget(key, entry) // a transient failure must not stick to the version
	}
	return entry.compiled, entry.err
}

func (c *preparedCache) forget(key cacheKey, entry *cacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok && el.Value.(*cacheEntry) == entry {
		c.order.Remove(el)
		delete(c.entries, key)
	}
}
