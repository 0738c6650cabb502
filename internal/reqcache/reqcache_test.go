package reqcache

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGetLoadsOncePerRequest(t *testing.T) {
	var loads atomic.Int32
	load := func() (int, error) { loads.Add(1); return 42, nil }
	ctx := With(context.Background())
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := Get(ctx, "k", load)
			assert.NoError(t, err)
			assert.Equal(t, 42, v)
		}()
	}
	wg.Wait()
	assert.EqualValues(t, 1, loads.Load())

	// Another request loads again; no cache at all loads every time.
	_, _ = Get(With(context.Background()), "k", load)
	_, _ = Get(context.Background(), "k", load)
	_, _ = Get(context.Background(), "k", load)
	assert.EqualValues(t, 4, loads.Load())

	_, err := Get(ctx, "e", func() (int, error) { return 0, errors.New("boom") })
	assert.EqualError(t, err, "boom")
}
