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

func TestPutPrimesWithoutOverwriting(t *testing.T) {
	ctx := With(context.Background())
	Put(ctx, "k", 7)
	Put(ctx, "k", 8) // already there: kept
	v, err := Get(ctx, "k", func() (int, error) { t.Fatal("loaded a primed key"); return 0, nil })
	if err != nil || v != 7 {
		t.Fatalf("got %v, %v; want the primed 7", v, err)
	}
	Put(context.Background(), "k", 1) // no request cache: nothing happens
}
