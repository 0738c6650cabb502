package auth

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"
)

var t0 = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)

func TestLimiterTriggersAndRecovers(t *testing.T) {
	l := NewLimiter(rate.Every(10*time.Second), 3)
	for i := range 3 {
		assert.True(t, l.AllowAt("a@example.com", t0), "event %d", i)
	}
	ok, retry := l.CheckAt("a@example.com", t0)
	assert.False(t, ok)
	assert.Equal(t, 10*time.Second, retry)

	assert.True(t, l.AllowAt("b@example.com", t0), "keys are independent")

	ok, retry = l.CheckAt("a@example.com", t0.Add(4*time.Second))
	assert.False(t, ok)
	assert.Equal(t, 6*time.Second, retry)

	assert.True(t, l.AllowAt("a@example.com", t0.Add(10*time.Second)))
	assert.False(t, l.AllowAt("a@example.com", t0.Add(10*time.Second)))
	for i := range 3 {
		assert.True(t, l.AllowAt("a@example.com", t0.Add(time.Hour)), "full burst after a long pause, event %d", i)
	}
}

func TestLimiterClock(t *testing.T) {
	now := t0
	l := NewLimiter(rate.Every(time.Minute), 1, WithClock(func() time.Time { return now }))
	assert.True(t, l.Allow("k"))
	ok, retry := l.Check("k")
	assert.False(t, ok)
	assert.Equal(t, time.Minute, retry)
	now = now.Add(time.Minute)
	assert.True(t, l.Allow("k"))
}

func TestLimiterForgetsIdleKeys(t *testing.T) {
	l := NewLimiter(rate.Every(time.Second), 5)
	for i := range 100 {
		l.AllowAt(fmt.Sprint("ip-", i), t0)
	}
	require.Equal(t, 100, l.Len())
	l.AllowAt("late", t0.Add(2*time.Minute))
	assert.Equal(t, 1, l.Len())
}

func TestLimiterCapsKeys(t *testing.T) {
	l := NewLimiter(rate.Every(time.Hour), 1, WithMaxKeys(10))
	assert.True(t, l.AllowAt("victim", t0))
	for i := range 9 {
		l.AllowAt(fmt.Sprint("k", i), t0.Add(time.Second))
	}
	assert.False(t, l.AllowAt("victim", t0.Add(2*time.Second)), "recently seen, kept")
	for i := range 100 {
		l.AllowAt(fmt.Sprint("flood", i), t0.Add(3*time.Second))
		assert.LessOrEqual(t, l.Len(), 10)
	}
}

func TestLimiterConcurrent(t *testing.T) {
	l := NewLimiter(rate.Every(time.Hour), 50)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if l.AllowAt("shared", t0) {
					mu.Lock()
					allowed++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, 50, allowed)
}

func TestLimiterNeverRefills(t *testing.T) {
	l := NewLimiter(0, 1)
	assert.True(t, l.AllowAt("k", t0))
	ok, retry := l.CheckAt("k", t0.Add(time.Hour))
	assert.False(t, ok)
	assert.Greater(t, retry, 24*time.Hour)
}
