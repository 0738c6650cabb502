package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

func metricsConfig(perAccount bool, refresh time.Duration) testapp.Option {
	return testapp.Configure(func(c *app.Config) {
		c.Metrics = app.MetricsConfig{PerAccount: perAccount, PoolRefresh: refresh}
	})
}

// The license gauges are the database's figures on every instance (read at scrape time,
// reused for the refresh interval); the denials and reclaims counters count the events the
// instance committed; --metrics-per-account adds the account label, and only then.
func TestLicenseMetricsAcrossInstances(t *testing.T) {
	one := testapp.New(t, metricsConfig(false, time.Nanosecond))
	// Another instance on the same database, whose gauges reuse a reading for an hour.
	cached := testapp.New(t, testapp.SharedDatabase(one.DBURL), metricsConfig(false, time.Hour))

	// Before anything: both pools at 0, counters at 0, no account label.
	m := scrape(t, one)
	for _, pool := range []string{"STANDARD", "FLOATING"} {
		assert.Contains(t, m, fmt.Sprintf(`countthings_licenses{pool=%q}`, pool))
		assert.Zero(t, m[fmt.Sprintf(`countthings_licenses_held{pool=%q}`, pool)])
	}
	assert.Contains(t, m, `countthings_license_denials_total`)
	assert.Contains(t, m, `countthings_license_reclaims_total{pool="FLOATING"}`)

	std := seedOperatorAccount(t, one, enums.AccountStandard, 1, 0)
	flt := seedOperatorAccount(t, one, enums.AccountFloating, 0, 2)
	login := func(env *testapp.Env, email, code string) *testapp.Response {
		return env.Do(t, "", loginOnDevice, map[string]any{"e": email, "p": testapp.Password, "d": code})
	}
	require.Empty(t, login(one, std.op, "S-1").Errors)
	require.Equal(t, "NO_LICENSE_AVAILABLE", login(one, std.op, "S-2").Code()) // a denial
	require.Empty(t, login(one, flt.op, "F-1").Errors)
	require.Empty(t, login(one, flt.op, "F-2").Errors)
	one.Clock.Advance(31 * time.Minute) // both FLOATING holders idle beyond floatingIdleMinutes
	r := login(one, flt.op, "F-3")      // a reclaim
	require.Empty(t, r.Errors)
	var f3 struct{ Login struct{ Token string } }
	r.Decode(t, &f3)

	want := map[string]float64{
		`countthings_licenses{pool="STANDARD"}`:      1,
		`countthings_licenses_held{pool="STANDARD"}`: 1,
		`countthings_licenses{pool="FLOATING"}`:      2,
		`countthings_licenses_held{pool="FLOATING"}`: 2,
	}
	for name, env := range map[string]*testapp.Env{"the instance that wrote the events": one, "another instance": cached} {
		m := scrape(t, env)
		for k, v := range want {
			assert.Equal(t, v, m[k], "%s: %s", name, k)
		}
	}
	m = scrape(t, one)
	assert.Equal(t, 1.0, m[`countthings_license_denials_total`])
	assert.Equal(t, 1.0, m[`countthings_license_reclaims_total{pool="FLOATING"}`])
	assert.Equal(t, 1.0, m[`countthings_license_operations_total{type="RECLAIMED"}`])
	m = scrape(t, cached)
	assert.Zero(t, m[`countthings_license_denials_total`], "counters count what this instance committed")
	assert.Zero(t, m[`countthings_license_reclaims_total{pool="FLOATING"}`])

	// A logout frees a FLOATING seat: read again at once where the refresh is short, the
	// hour-old reading reused on the other instance.
	r = one.Do(t, f3.Login.Token, `mutation { logout }`, nil)
	require.Empty(t, r.Errors)
	assert.Equal(t, 1.0, scrape(t, one)[`countthings_licenses_held{pool="FLOATING"}`])
	assert.Equal(t, 2.0, scrape(t, cached)[`countthings_licenses_held{pool="FLOATING"}`])

	// Per account: the account label on the gauges and on the counters.
	per := testapp.New(t, testapp.SharedDatabase(one.DBURL), metricsConfig(true, time.Nanosecond))
	require.Empty(t, login(per, flt.op, "F-4").Errors)
	require.Equal(t, "NO_LICENSE_AVAILABLE", login(per, std.op, "S-3").Code())
	m = scrape(t, per)
	sa, fa := std.id, flt.id
	assert.Equal(t, 1.0, m[fmt.Sprintf(`countthings_licenses{account="%d",pool="STANDARD"}`, sa)])
	assert.Equal(t, 1.0, m[fmt.Sprintf(`countthings_licenses_held{account="%d",pool="STANDARD"}`, sa)])
	assert.Equal(t, 2.0, m[fmt.Sprintf(`countthings_licenses_held{account="%d",pool="FLOATING"}`, fa)])
	assert.Equal(t, 1.0, m[fmt.Sprintf(`countthings_license_denials_total{account="%d"}`, sa)])
	assert.NotContains(t, m, `countthings_licenses{pool="STANDARD"}`)
	assert.NotContains(t, m, `countthings_license_denials_total`)
	for k := range scrape(t, one) {
		assert.NotContains(t, k, `account="`, "no account label without --metrics-per-account")
	}
}

type seededAccount struct {
	id int
	op string // an OPERATOR's email
}

func seedOperatorAccount(t *testing.T, env *testapp.Env, typ enums.AccountType, std, flt int) seededAccount {
	a := env.SeedAccount(t, testapp.AccountSpec{Type: typ, Standard: std, Floating: flt})
	op := env.SeedUser(t, a.Account.ID, "", "count")
	return seededAccount{id: a.Account.ID, op: op.Email}
}
