package server_test

import (
	"bufio"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// scrape reads /metrics into "name{labels}" → value.
func scrape(t *testing.T, env *testapp.Env) map[string]float64 {
	t.Helper()
	resp, err := env.HTTP.Get(env.URL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	require.NoError(t, sc.Err())
	return out
}

const loginOnDevice = `mutation($e: String!, $p: String!, $d: String) {
	login(input: {email: $e, password: $p, deviceCode: $d}) { token device { licenseStatus } }
}`

// The metrics an operator watches appear on /metrics after the operations that feed them:
// policy evaluation time by kind and outcome, license operations by event type, open
// subscriptions, errors by code, HTTP durations and the database pool.
func TestMetricsAfterOperations(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountFloating, Floating: 1})
	op := env.SeedUser(t, acct.Account.ID, "", "count")
	adminTok := env.Token(t, acct.Admin, 0)

	sub := env.Subscribe(t, adminTok, `subscription { licenseEvents { type } }`, nil)
	require.Eventually(t, func() bool {
		return scrape(t, env)["countthings_graphql_subscriptions_active"] == 1
	}, 10*time.Second, 50*time.Millisecond, "the open subscription is counted")

	r := env.Do(t, "", loginOnDevice, map[string]any{"e": op.Email, "p": testapp.Password, "d": "DEV-1"})
	require.Empty(t, r.Errors)
	// The only seat is taken and the first device is active: the second device gets none.
	r = env.Do(t, "", loginOnDevice, map[string]any{"e": op.Email, "p": testapp.Password, "d": "DEV-2"})
	require.Equal(t, "NO_LICENSE_AVAILABLE", r.Code())
	r = env.Do(t, adminTok, `{ account { devices(first: 10) { totalCount } } }`, nil)
	require.Empty(t, r.Errors)

	data, err := sub.Next(10 * time.Second)
	require.NoError(t, err)
	assert.JSONEq(t, `{"licenseEvents":{"type":"ASSIGNED"}}`, string(data))

	m := scrape(t, env)
	assert.Equal(t, 1.0, m[`countthings_license_operations_total{type="ASSIGNED"}`])
	assert.Equal(t, 1.0, m[`countthings_license_operations_total{type="DENIED"}`])
	assert.Positive(t, m[`countthings_policy_evaluation_duration_seconds_count{kind="PERMISSIONS",outcome="allow"}`])
	assert.Positive(t, m[`countthings_policy_evaluation_duration_seconds_count{kind="FLOATING",outcome="license"}`])
	assert.Positive(t, m[`countthings_policy_evaluation_duration_seconds_count{kind="FLOATING",outcome="none"}`])
	assert.Positive(t, m[`countthings_policy_evaluation_duration_seconds_sum{kind="PERMISSIONS",outcome="allow"}`])
	assert.Equal(t, 1.0, m[`countthings_graphql_errors_total{code="NO_LICENSE_AVAILABLE"}`])
	assert.Positive(t, m[`countthings_http_request_duration_seconds_count{method="POST",route="graphql",status="200"}`])
	assert.Contains(t, m, `go_sql_open_connections{db_name="countthings"}`)
	assert.Contains(t, m, `go_goroutines`)

	sub.Close()
	require.Eventually(t, func() bool {
		return scrape(t, env)["countthings_graphql_subscriptions_active"] == 0
	}, 10*time.Second, 50*time.Millisecond, "a closed subscription is no longer counted")
}
