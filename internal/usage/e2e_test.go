package usage_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

func deviceLogin(t *testing.T, env *testapp.Env, email, code string) *testapp.Response {
	return env.Do(t, "", `mutation($e: String!, $p: String!, $c: String!) { login(input: {email: $e, password: $p, deviceCode: $c}) { token } }`,
		map[string]any{"e": email, "p": testapp.Password, "c": code})
}

func getCSV(t *testing.T, env *testapp.Env, token, path string, q url.Values) (int, [][]string, string) {
	req, err := http.NewRequest(http.MethodGet, env.URL+path+"?"+q.Encode(), nil)
	require.NoError(t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := env.HTTP.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var body struct {
			Errors []testapp.Error `json:"errors"`
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
		require.NotEmpty(t, body.Errors)
		return resp.StatusCode, nil, body.Errors[0].Extensions["code"].(string)
	}
	assert.Equal(t, "text/csv; charset=utf-8; header=present", resp.Header.Get("Content-Type"))
	rows, err := csv.NewReader(resp.Body).ReadAll()
	require.NoError(t, err)
	return resp.StatusCode, rows, ""
}

// The GraphQL fields and both CSV exports over real HTTP, with their authorization.
func TestUsageOverHTTP(t *testing.T) {
	env := testapp.New(t)
	day := env.Clock.Now().UTC().Truncate(24 * time.Hour)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountStandard, Standard: 3})
	op := env.SeedUser(t, s.Account.ID, "op@acme.example", "count")
	reader := env.SeedUser(t, s.Account.ID, "reader@acme.example", "events:read", "devices:read")
	viewer := env.SeedUser(t, s.Account.ID, "viewer@acme.example", "devices:read")
	for _, c := range []string{"A", "B", "C"} {
		r := deviceLogin(t, env, op.Email, c)
		require.Empty(t, r.Errors, "%v", r.Errors)
		env.Clock.Advance(time.Minute)
	}
	assert.Equal(t, "NO_LICENSE_AVAILABLE", deviceLogin(t, env, op.Email, "D").Code())
	env.Clock.Advance(time.Hour)

	from, to := day.Format(time.RFC3339), day.Add(48*time.Hour).Format(time.RFC3339)
	query := `query($f: Time!, $t: Time!) { account {
	  usage(from: $f, to: $t) { from to bucket peakHeld peakHeldAt peakDemand
	    points { start peakHeld peakStandard peakFloating peakDemand activeDevices denials reclaims releases } }
	  licensingRecommendation(from: $f, to: $t) { standard floating projectedDenials currentCost recommendedCost explanation } } }`
	vars := map[string]any{"f": from, "t": to}
	var out struct {
		Account struct {
			Usage struct {
				From, To, Bucket string
				PeakHeld         int
				PeakHeldAt       *string
				PeakDemand       int
				Points           []map[string]any
			}
			LicensingRecommendation struct {
				Standard, Floating, ProjectedDenials int
				CurrentCost, RecommendedCost         float64
				Explanation                          string
			}
		}
	}
	admin := env.Token(t, s.Admin, 0)
	env.MustDo(t, admin, query, vars, &out)
	u := out.Account.Usage
	assert.Equal(t, from, u.From)
	assert.Equal(t, "DAY", u.Bucket)
	assert.Equal(t, 3, u.PeakHeld)
	assert.Equal(t, 4, u.PeakDemand)
	require.NotNil(t, u.PeakHeldAt)
	require.Len(t, u.Points, 2)
	assert.EqualValues(t, 1, u.Points[0]["denials"])
	assert.EqualValues(t, 3, u.Points[0]["activeDevices"])
	rec := out.Account.LicensingRecommendation
	assert.GreaterOrEqual(t, rec.Standard+rec.Floating, 4)
	assert.InDelta(t, 3.0, rec.CurrentCost, 1e-9)
	assert.NotEmpty(t, rec.Explanation)

	// events:read grants usage.read by default; an operator without it is refused.
	env.MustDo(t, env.Token(t, reader, 0), query, vars, nil)
	r0 := env.Do(t, env.Token(t, viewer, 0), query, vars)
	assert.Equal(t, "FORBIDDEN", r0.Code())
	assert.Contains(t, r0.Errors[0].Message, "usage.read")
	// SUPPORT reads any account's usage.
	support := env.Token(t, env.SeedSupport(t), 0)
	var byID struct {
		Node struct{ Usage struct{ PeakDemand int } }
	}
	env.MustDo(t, support, `query($id: ID!, $f: Time!, $t: Time!) { node(id: $id) { ... on Account { usage(from: $f, to: $t, bucket: HOUR) { peakDemand } } } }`,
		map[string]any{"id": strconv.Itoa(s.Account.ID), "f": from, "t": to}, &byID)
	assert.Equal(t, 4, byID.Node.Usage.PeakDemand)
	// Bad windows.
	for _, v := range []map[string]any{{"f": to, "t": from}, {"f": from, "t": from}, {"f": from, "t": day.Add(401 * 24 * time.Hour).Format(time.RFC3339)}} {
		r := env.Do(t, admin, `query($f: Time!, $t: Time!) { account { usage(from: $f, to: $t) { peakHeld } } }`, v)
		assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%v", v)
	}
	r := env.Do(t, admin, `query($f: Time!, $t: Time!) { account { licensingRecommendation(from: $f, to: $t, maxDenialRate: 2) { standard } } }`, vars)
	assert.Equal(t, "BAD_USER_INPUT", r.Code())
	// licenseEvents from/to.
	var evs struct {
		LicenseEvents struct{ TotalCount int }
	}
	env.MustDo(t, admin, `query($f: Time) { licenseEvents(from: $f) { totalCount } }`, map[string]any{"f": env.Clock.Now().Add(-time.Hour - 90*time.Second).Format(time.RFC3339Nano)}, &evs)
	assert.Equal(t, 2, evs.LicenseEvents.TotalCount, "C's ASSIGNED and D's DENIED")

	// CSV exports.
	q := url.Values{"from": {from}, "to": {to}, "bucket": {"DAY"}}
	status, rows, _ := getCSV(t, env, admin, "/export/usage.csv", q)
	require.Equal(t, http.StatusOK, status)
	require.Len(t, rows, 3)
	assert.Equal(t, []string{"start", "peakHeld", "peakStandard", "peakFloating", "peakDemand", "activeDevices", "denials", "reclaims", "releases"}, rows[0])
	assert.Equal(t, []string{from, "3", "3", "0", "4", "3", "1", "0", "0"}, rows[1])
	status, rows, _ = getCSV(t, env, admin, "/export/license-events.csv", url.Values{})
	require.Equal(t, http.StatusOK, status)
	require.Len(t, rows, 5)
	assert.Equal(t, "sequence", rows[0][0])
	assert.Equal(t, []string{"1", "ASSIGNED", "STANDARD", "A"}, []string{rows[1][0], rows[1][2], rows[1][3], rows[1][5]})
	assert.Equal(t, "DENIED", rows[4][2])
	_, err := time.Parse(time.RFC3339, rows[4][1])
	assert.NoError(t, err)
	status, rows, _ = getCSV(t, env, admin, "/export/license-events.csv", url.Values{"to": {env.Clock.Now().Add(-time.Hour - 90*time.Second).Format(time.RFC3339Nano)}})
	require.Equal(t, http.StatusOK, status)
	assert.Len(t, rows, 3, "A and B only")

	for _, c := range []struct {
		token, path string
		q           url.Values
		status      int
		code        string
	}{
		{"", "/export/usage.csv", q, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{env.Token(t, op, 0), "/export/usage.csv", q, http.StatusForbidden, "FORBIDDEN"},
		{env.Token(t, op, 0), "/export/license-events.csv", nil, http.StatusForbidden, "FORBIDDEN"},
		{admin, "/export/usage.csv", url.Values{"from": {from}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{admin, "/export/usage.csv", url.Values{"from": {"yesterday"}, "to": {to}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{admin, "/export/usage.csv", url.Values{"from": {to}, "to": {from}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{admin, "/export/usage.csv", url.Values{"from": {from}, "to": {to}, "bucket": {"MONTH"}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{admin, "/export/license-events.csv", url.Values{"accountId": {"+1"}}, http.StatusBadRequest, "BAD_USER_INPUT"},
		{admin, "/export/license-events.csv", url.Values{"accountId": {fmt.Sprint(s.Account.ID + 1000)}}, http.StatusNotFound, "NOT_FOUND"},
	} {
		status, _, code := getCSV(t, env, c.token, c.path, c.q)
		assert.Equal(t, c.status, status, "%s %v", c.path, c.q)
		assert.Equal(t, c.code, code, "%s %v", c.path, c.q)
	}
	// SUPPORT exports any account's usage by accountId.
	q.Set("accountId", strconv.Itoa(s.Account.ID))
	status, rows, _ = getCSV(t, env, support, "/export/usage.csv", q)
	require.Equal(t, http.StatusOK, status)
	assert.Len(t, rows, 3)
}
