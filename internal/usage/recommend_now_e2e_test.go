package usage_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// The console asks for usage and the recommendation in one request, up to the next hour, right
// after the logins (a clock that has not moved since): devices that hold a license now are
// demand in the replay too (it answered "0 devices wanted a license", recommending nothing).
func TestRecommendationRightAfterTheLogins(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: 1, Floating: 2})
	op := env.SeedUser(t, s.Account.ID, "op@acme.example", "count")
	for _, c := range []string{"A", "B"} {
		r := deviceLogin(t, env, op.Email, c)
		require.Empty(t, r.Errors, "%v", r.Errors)
	}
	tok := env.Token(t, s.Admin, 0)
	to := env.Clock.Now().UTC().Truncate(time.Hour).Add(time.Hour)
	from := to.Add(-7 * 24 * time.Hour)
	var out struct {
		Account struct {
			Usage                   struct{ PeakHeld int }
			Week                    struct{ PeakHeld int }
			LicensingRecommendation struct {
				Standard, Floating int
				Explanation        string
			}
		}
	}
	env.MustDo(t, tok, `query($f: Time!, $t: Time!) { account { usage(from: $f, to: $t, bucket: HOUR) { peakHeld } week: usage(from: $f, to: $t, bucket: DAY) { peakHeld } licensingRecommendation(from: $f, to: $t) { standard floating explanation } } }`,
		map[string]any{"f": from, "t": to}, &out)
	require.Equal(t, 2, out.Account.Usage.PeakHeld)
	rec := out.Account.LicensingRecommendation
	require.GreaterOrEqual(t, rec.Standard+rec.Floating, 2, rec.Explanation)
	require.Contains(t, rec.Explanation, "2 devices wanted a license")
}
