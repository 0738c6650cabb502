package events_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/testapp"
)

// Subscribers of one account whose selections read only the event's own fields share one
// rendering of each event (graph.SharedSubscriptions); what each receives is exactly what
// gqlgen's own execution of its selection gives (compared with the licenseEvents query by
// the same viewer), whatever its aliases, fragments and @include; a selection reading a
// viewer-dependent field (Device.licenseStatus, lastUser) is rendered per subscriber and
// still right.
func TestSubscriptionSharedRendering(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 2})
	admin := env.Token(t, acct.Admin, 0)
	reader := env.SeedUser(t, acct.Account.ID, "events-reader@"+acct.Account.Email[len("counting@"):], "events:read")
	readerTok := env.Token(t, reader, 0)
	a := env.SeedDevice(t, acct.Account.ID, "DEV-A")
	b := env.SeedDevice(t, acct.Account.ID, "DEV-B")

	const plain = `__typename id cursor sequence type occurredAt pool reason
		device { id code name platform inactive lastSeenAt } previousDevice { code }
		user { email role } actor { id email permissions notes disabled createdAt lastLoginAt }
		account { id name email type expiresAt }`
	// The same fields as plain (but for the @include'd one), spelled with aliases, a named
	// fragment and an inline fragment on Node.
	const spelled = `seq: sequence type ...F ... on Node { id } device { code } actor { email @include(if: $withEmail) }`
	const fragment = `fragment F on LicenseEvent { cursor when: occurredAt account { name } }`
	// licenseStatus and lastUser are resolved per viewer (and from the database).
	const perViewer = `sequence device { code licenseStatus lastUser { email } }`

	start := events.Cursor(&ent.LicenseEvent{Seq: 0})
	sub := func(token, sel, frag string, vars map[string]any) *testapp.Subscription {
		if vars == nil {
			vars = map[string]any{}
		}
		vars["after"] = start
		return env.Subscribe(t, token, `subscription($after: String`+withEmail(sel)+`) { licenseEvents(after: $after) { `+sel+` } } `+frag, vars)
	}
	plain1 := sub(admin, plain, "", nil)
	plain2 := sub(readerTok, plain, "", nil)
	plain3 := sub(admin, plain, "", nil)
	spelled1 := sub(readerTok, spelled, fragment, nil)
	spelled2 := sub(admin, spelled, fragment, map[string]any{"withEmail": false})
	viewer1 := sub(admin, perViewer, "", nil)
	viewer2 := sub(readerTok, perViewer, "", nil)
	// Let every subscription start before the events, so each shape meets each event live.
	time.Sleep(300 * time.Millisecond)

	rendersBefore := env.App.Schema.Renders()
	id := func(d *ent.Device) string { return strconv.Itoa(d.ID) }
	env.MustDo(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": id(a)}, nil)
	env.MustDo(t, admin, `mutation($f: ID!, $t: ID!) { moveLicense(fromDeviceId: $f, toDeviceId: $t) { id } }`, map[string]any{"f": id(a), "t": id(b)}, nil)
	env.MustDo(t, admin, `mutation($d: ID!) { removeLicense(deviceId: $d) { id } }`, map[string]any{"d": id(b)}, nil)
	const n = 3

	// What gqlgen's execution of a selection gives for the events, as the query by token.
	want := func(token, sel, frag string, vars map[string]any) []string {
		var page struct {
			LicenseEvents struct {
				Edges []struct{ Node json.RawMessage }
			} `json:"licenseEvents"`
		}
		q := `query`
		if d := withEmail(sel); d != "" {
			q += "(" + d[2:] + ")"
		}
		q += ` { licenseEvents(first: 10) { edges { node { ` + sel + ` } } } } ` + frag
		env.MustDo(t, token, q, vars, &page)
		require.Len(t, page.LicenseEvents.Edges, n)
		var out []string
		for _, e := range page.LicenseEvents.Edges {
			out = append(out, string(e.Node))
		}
		return out
	}
	check := func(s *testapp.Subscription, want []string) {
		t.Helper()
		for i := range n {
			data, err := s.Next(15 * time.Second)
			require.NoError(t, err)
			var got struct{ LicenseEvents json.RawMessage }
			require.NoError(t, json.Unmarshal(data, &got))
			require.JSONEq(t, want[i], string(got.LicenseEvents), "event %d", i+1)
		}
		requireNothingMore(t, s)
	}
	wantPlain := want(admin, plain, "", nil)
	require.Contains(t, wantPlain[1], `"previousDevice":{"code":"DEV-A"}`)
	check(plain1, wantPlain)
	check(plain2, want(readerTok, plain, "", nil))
	check(plain3, wantPlain)
	check(spelled1, want(readerTok, spelled, fragment, nil))
	wantNoEmail := want(admin, spelled, fragment, map[string]any{"withEmail": false})
	require.NotContains(t, wantNoEmail[0], "email")
	check(spelled2, wantNoEmail)
	// Rendered when each event arrives, so licenseStatus is the device's status then: no
	// later query gives it back; the fields are there and the events in order.
	for _, s := range []*testapp.Subscription{viewer1, viewer2} {
		for i := range n {
			data, err := s.Next(15 * time.Second)
			require.NoError(t, err)
			var got struct {
				LicenseEvents struct {
					Sequence int
					Device   struct {
						Code          string
						LicenseStatus string
						LastUser      *struct{ Email string }
					}
				}
			}
			require.NoError(t, json.Unmarshal(data, &got), "%s", data)
			require.Equal(t, i+1, got.LicenseEvents.Sequence)
			require.Contains(t, []string{"DEV-A", "DEV-B"}, got.LicenseEvents.Device.Code)
			require.Contains(t, []string{"ASSIGNED", "NONE"}, got.LicenseEvents.Device.LicenseStatus)
		}
		requireNothingMore(t, s)
	}

	// Three shareable shapes (plain; spelled with email; spelled without) for three events,
	// however many subscribers hold each; the per-viewer selections render for themselves.
	require.EqualValues(t, 3*n, env.App.Schema.Renders()-rendersBefore)
}

// withEmail declares $withEmail for a selection that uses it.
func withEmail(sel string) string {
	if strings.Contains(sel, "$withEmail") {
		return ", $withEmail: Boolean = true"
	}
	return ""
}

// A SUPPORT user acting in an account is the events' actor for SUPPORT only: the account's
// own users see actor null, in the licenseEvents query as in their subscriptions, although
// the hub loads a live event's edges once for every subscriber; SUPPORT, subscribed to the
// same account, sees who it was. The account's own admin, acting, is the actor for all.
func TestSubscriptionSupportActor(t *testing.T) {
	env := testapp.New(t)
	acct := env.SeedAccount(t, testapp.AccountSpec{Standard: 2})
	admin := env.Token(t, acct.Admin, 0)
	support := env.SeedSupport(t)
	supportTok := env.Token(t, support, 0)
	d := env.SeedDevice(t, acct.Account.ID, "DEV-S")
	accountID := strconv.Itoa(acct.Account.ID)

	const sel = `sequence actor { email role notes }`
	start := events.Cursor(&ent.LicenseEvent{Seq: 0})
	subscribe := func(token string) *testapp.Subscription {
		return env.Subscribe(t, token, `subscription($after: String, $a: ID) { licenseEvents(after: $after, accountId: $a) { `+sel+` } }`,
			map[string]any{"after": start, "a": accountID})
	}
	// Two of each, so that each kind of viewer shares a rendering with another.
	admins := []*testapp.Subscription{subscribe(admin), subscribe(admin)}
	supports := []*testapp.Subscription{subscribe(supportTok), subscribe(supportTok)}
	time.Sleep(300 * time.Millisecond)

	id := strconv.Itoa(d.ID)
	env.MustDo(t, supportTok, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": id}, nil)
	env.MustDo(t, admin, `mutation($d: ID!) { removeLicense(deviceId: $d) { id } }`, map[string]any{"d": id}, nil)

	query := func(token string) []string {
		var page struct {
			LicenseEvents struct {
				Edges []struct{ Node json.RawMessage }
			} `json:"licenseEvents"`
		}
		env.MustDo(t, token, `query($a: ID) { licenseEvents(first: 10, accountId: $a) { edges { node { `+sel+` } } } }`,
			map[string]any{"a": accountID}, &page)
		var out []string
		for _, e := range page.LicenseEvents.Edges {
			out = append(out, string(e.Node))
		}
		return out
	}
	adminView := []string{`{"sequence":1,"actor":null}`, `{"sequence":2,"actor":{"email":"` + acct.Admin.Email + `","role":"ADMIN","notes":null}}`}
	supportView := []string{`{"sequence":1,"actor":{"email":"` + support.Email + `","role":"SUPPORT","notes":null}}`, adminView[1]}
	for _, c := range []struct {
		token string
		subs  []*testapp.Subscription
		want  []string
	}{{admin, admins, adminView}, {supportTok, supports, supportView}} {
		got := query(c.token)
		require.Len(t, got, 2)
		for i := range got {
			require.JSONEq(t, c.want[i], got[i], "query, event %d", i+1)
		}
		for _, s := range c.subs {
			for i := range 2 {
				data, err := s.Next(15 * time.Second)
				require.NoError(t, err)
				var ev struct{ LicenseEvents json.RawMessage }
				require.NoError(t, json.Unmarshal(data, &ev))
				require.JSONEq(t, c.want[i], string(ev.LicenseEvents), "subscription, event %d", i+1)
			}
			requireNothingMore(t, s)
		}
	}
}
