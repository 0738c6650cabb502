package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// webhookEnv starts the service with deliveries allowed to loopback, a webhook of a fresh
// account on each URL, and one license event for them to deliver.
func webhookEnv(t *testing.T, backoff time.Duration, urls ...string) *testapp.Env {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) {
		c.Events.WebhookAllowPrivate = true
		c.Events.WebhookBackoff = backoff
		c.Events.WebhookMaxBackoff = backoff
		c.Events.WebhookMaxAttempts = 2
	}))
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 2})
	admin := env.Token(t, acct.Admin, 0)
	before := scrape(t, env)
	assert.Equal(t, 0.0, before[`countthings_webhook_queue_depth`])
	for _, o := range []string{"delivered", "retry", "failed"} {
		assert.Contains(t, before, `countthings_webhook_delivery_attempts_total{outcome="`+o+`"}`, "every outcome is there from the start")
	}
	for _, url := range urls {
		env.MustDo(t, admin, `mutation($u: String!) { createWebhook(input: {url: $u, secret: "0123456789abcdef-secret"}) { id } }`, map[string]any{"u": url}, nil)
	}
	dev := env.SeedDevice(t, acct.Account.ID, "SCAN-1")
	env.MustDo(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": globalID(t, env, admin, dev.Code)}, nil)
	return env
}

func endpoint(t *testing.T, status int) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(status) }))
	t.Cleanup(srv.Close)
	return srv.URL
}

// Webhook delivery attempts by outcome, and the queue depth read from the database at scrape time.
func TestWebhookMetrics(t *testing.T) {
	t.Run("outcomes", func(t *testing.T) {
		env := webhookEnv(t, 10*time.Millisecond, endpoint(t, http.StatusNoContent), endpoint(t, http.StatusInternalServerError))
		var m map[string]float64
		require.Eventually(t, func() bool {
			m = scrape(t, env)
			return m[`countthings_webhook_delivery_attempts_total{outcome="failed"}`] == 1 &&
				m[`countthings_webhook_delivery_attempts_total{outcome="delivered"}`] == 1
		}, 20*time.Second, 20*time.Millisecond)
		assert.Equal(t, 1.0, m[`countthings_webhook_delivery_attempts_total{outcome="retry"}`], "the failing endpoint's first attempt")
		assert.Equal(t, 0.0, m[`countthings_webhook_queue_depth`], "nothing left to deliver")
	})
	t.Run("queue depth", func(t *testing.T) {
		// A failed attempt waits an hour for its retry: the delivery stays pending.
		env := webhookEnv(t, time.Hour, endpoint(t, http.StatusServiceUnavailable), endpoint(t, http.StatusBadGateway))
		var m map[string]float64
		require.Eventually(t, func() bool {
			m = scrape(t, env)
			return m[`countthings_webhook_delivery_attempts_total{outcome="retry"}`] == 2
		}, 20*time.Second, 20*time.Millisecond)
		assert.Equal(t, 2.0, m[`countthings_webhook_queue_depth`], "both deliveries wait for their retry")
		assert.Equal(t, 0.0, m[`countthings_webhook_delivery_attempts_total{outcome="failed"}`])
	})
}
