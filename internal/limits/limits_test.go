package limits_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/reqctx"
	"github.com/countthings/countthings/internal/testdb"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

func TestBackoff(t *testing.T) {
	for _, c := range []struct {
		hits int
		want time.Duration
	}{{1, 0}, {4, 0}, {5, time.Second}, {6, 2 * time.Second}, {7, 4 * time.Second}, {14, 512 * time.Second}, {15, 15 * time.Minute}, {1000, 15 * time.Minute}} {
		assert.Equal(t, c.want, limits.Backoff(c.hits, 5, time.Second, 15*time.Minute), "after %d failures", c.hits)
	}
}

func TestConfigValidate(t *testing.T) {
	var c limits.Config
	c.Defaults()
	require.NoError(t, c.Validate())
	bad := c
	bad.LoginForget = time.Minute
	assert.Error(t, bad.Validate(), "forgetting before the longest wait ends")
	bad = c
	bad.LoginPairFailures = -1
	assert.Error(t, bad.Validate())
}

func from(addr string) context.Context {
	return reqctx.WithClientAddr(context.Background(), addr)
}

// blocked reads an attempt's limits the way a login with no user row does.
func blocked(t *testing.T, s *limits.Store, ctx context.Context, email string) error {
	t.Helper()
	err := s.CheckLogin(ctx, s.LoginAttempt(ctx, email))
	if err != nil {
		e, ok := apperr.As(err)
		require.True(t, ok, "%v", err)
		require.Equal(t, apperr.RateLimited, e.Code)
	}
	return err
}

func TestLoginFailuresInTheDatabase(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		clk := &clock{now: time.Date(2027, 1, 1, 8, 0, 0, 0, time.UTC)}
		s, err := limits.New(db, limits.Config{LoginPairFailures: 3, LoginEmailFailures: 5, LoginAddressFailures: 7,
			LoginBackoff: time.Second, LoginMaxBackoff: time.Minute, LoginForget: time.Hour}, clk.Now, quiet)
		require.NoError(t, err)
		ctx, a := from("192.0.2.1"), "line@acme.example"
		fail := func(ctx context.Context, email string) {
			t.Helper()
			require.NoError(t, s.LoginFailed(ctx, s.LoginAttempt(ctx, email), "wrong password"))
		}

		for range 2 {
			fail(ctx, a)
			require.NoError(t, blocked(t, s, ctx, a))
		}
		fail(ctx, a)
		err = blocked(t, s, ctx, a)
		require.Error(t, err, "the third failure of the pair makes the next attempt wait")
		e, _ := apperr.As(err)
		assert.EqualValues(t, 1, e.Details["retryAfterSeconds"])
		assert.NoError(t, blocked(t, s, from("192.0.2.2"), a), "the same email from elsewhere is not refused")
		assert.NoError(t, blocked(t, s, ctx, "other@acme.example"), "nor another email from the same address")

		clk.Add(time.Second)
		require.NoError(t, blocked(t, s, ctx, a), "after the wait, one more try")
		fail(ctx, a)
		err = blocked(t, s, ctx, a)
		e, _ = apperr.As(err)
		require.NotNil(t, e)
		assert.EqualValues(t, 2, e.Details["retryAfterSeconds"], "the wait doubles")

		// Per email, from any address: the 5th failure overall blocks every address.
		fail(from("192.0.2.3"), a)
		assert.Error(t, blocked(t, s, from("192.0.2.9"), a), "the email's own threshold is reached")

		// Per address (an IPv6 /64): seven failures over many emails.
		for i := range 7 {
			fail(from(fmt.Sprintf("2001:db8:1:2::%x", i+1)), string(rune('a'+i))+"@x.example")
		}
		assert.Error(t, blocked(t, s, from("2001:db8:1:2:ffff::1"), "new@x.example"), "the whole /64 waits")
		assert.NoError(t, blocked(t, s, from("2001:db8:1:3::1"), "new@x.example"), "the next /64 does not")

		// Forgotten after an hour without failures.
		clk.Add(time.Hour + time.Minute)
		require.NoError(t, blocked(t, s, ctx, a))
		fail(ctx, a)
		require.NoError(t, blocked(t, s, ctx, a), "the count started again")
	})
}

func TestConcurrentFailuresAreAllCounted(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		clk := &clock{now: time.Date(2027, 1, 1, 8, 0, 0, 0, time.UTC)}
		s, err := limits.New(db, limits.Config{LoginPairFailures: 40, LoginEmailFailures: 40, LoginAddressFailures: 40}, clk.Now, quiet)
		require.NoError(t, err)
		ctx := from("192.0.2.1")
		var wg sync.WaitGroup
		for range 39 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				assert.NoError(t, s.LoginFailed(ctx, s.LoginAttempt(ctx, "a@x.example"), "wrong password"))
			}()
		}
		wg.Wait()
		require.NoError(t, blocked(t, s, ctx, "a@x.example"), "39 failures: not yet")
		require.NoError(t, s.LoginFailed(ctx, s.LoginAttempt(ctx, "a@x.example"), "wrong password"))
		require.Error(t, blocked(t, s, ctx, "a@x.example"), "the 40th: none was lost")
	})
}

func TestAccountRequestsPerAddress(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		clk := &clock{now: time.Date(2027, 1, 1, 8, 0, 0, 0, time.UTC)}
		s, err := limits.New(db, limits.Config{AccountRequests: 2, AccountRequestWindow: time.Hour}, clk.Now, quiet)
		require.NoError(t, err)
		ctx := from("2001:db8::1")
		require.NoError(t, s.AccountRequest(ctx))
		clk.Add(10 * time.Minute)
		require.NoError(t, s.AccountRequest(from("2001:db8::2")))
		err = s.AccountRequest(ctx)
		e, ok := apperr.As(err)
		require.True(t, ok, "%v", err)
		assert.Equal(t, apperr.RateLimited, e.Code)
		assert.EqualValues(t, 3000, e.Details["retryAfterSeconds"], "until the window that began with the first ends")
		assert.NoError(t, s.AccountRequest(from("2001:db8:0:1::1")), "another /64")
		clk.Add(50 * time.Minute)
		assert.NoError(t, s.AccountRequest(ctx), "a new window")
	})
}

func TestMaskEmail(t *testing.T) {
	assert.Equal(t, "l…@acme.example", limits.MaskEmail("line@acme.example"))
	assert.Equal(t, "…", limits.MaskEmail("nonsense"))
	assert.Equal(t, "é…@x.example", limits.MaskEmail("élan@x.example"))
}
