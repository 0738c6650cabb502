package events_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// A revoked API token, a disabled user, a deleted user and a user whose password was reset
// stop receiving events at once on every instance: the revocation is announced through the
// database (NOTIFY in its transaction), not found by the periodic re-check (an hour here).
func TestRevocationEndsSubscriptionsOnEveryInstance(t *testing.T) {
	noCatchUp := testapp.Configure(func(c *app.Config) {
		c.Events.PollInterval = time.Minute
		c.Events.ReauthInterval = time.Hour
	})
	t.Run("postgres, two instances", func(t *testing.T) {
		env1 := testapp.New(t, noCatchUp)
		env2 := testapp.New(t, noCatchUp, testapp.SharedDatabase(env1.DBURL))
		revocationEndsSubscriptions(t, env1, env2)
	})
	t.Run("sqlite", func(t *testing.T) {
		env := testapp.New(t, noCatchUp, testapp.SQLite())
		revocationEndsSubscriptions(t, env, env)
	})
}

func revocationEndsSubscriptions(t *testing.T, writer, watcher *testapp.Env) {
	acct := writer.SeedAccount(t, testapp.AccountSpec{Standard: 2})
	admin := writer.Token(t, acct.Admin, 0)
	user := func() (string, string) {
		u := writer.SeedUser(t, acct.Account.ID, "", "events:read")
		return strconv.Itoa(u.ID), writer.Token(t, u, 0)
	}
	disabledID, disabledTok := user()
	deletedID, deletedTok := user()
	resetID, resetTok := user()
	var tok struct {
		CreateApiToken struct{ Token string } `json:"createApiToken"`
	}
	writer.MustDo(t, admin, `mutation { createApiToken(name: "feed", permissions: ["events:read"]) { token } }`, nil, &tok)
	var toks struct {
		Account struct {
			ApiTokens []struct{ ID string } `json:"apiTokens"`
		}
	}
	writer.MustDo(t, admin, `{ account { apiTokens { id } } }`, nil, &toks)
	require.Len(t, toks.Account.ApiTokens, 1)

	subs := map[string]*testapp.Subscription{
		"control":  watcher.Subscribe(t, admin, subscription, nil),
		"disabled": watcher.Subscribe(t, disabledTok, subscription, nil),
		"deleted":  watcher.Subscribe(t, deletedTok, subscription, nil),
		"reset":    watcher.Subscribe(t, resetTok, subscription, nil),
		"token":    watcher.Subscribe(t, tok.CreateApiToken.Token, subscription, nil),
	}
	dev := writer.SeedDevice(t, acct.Account.ID, "DEV-1")
	// Every subscription runs and hears the other instance (its LISTEN is up).
	require.Eventually(t, func() bool {
		writer.MustDo(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
		writer.MustDo(t, admin, `mutation($d: ID!) { removeLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
		_, err := subs["control"].Next(2 * time.Second)
		return err == nil
	}, 30*time.Second, 10*time.Millisecond)
	for name, sub := range subs {
		_, err := sub.Next(5 * time.Second)
		require.NoError(t, err, name)
		drain(sub)
	}

	update := `mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id } }`
	writer.MustDo(t, admin, update, map[string]any{"id": disabledID, "in": map[string]any{"disabled": true}}, nil)
	writer.MustDo(t, admin, update, map[string]any{"id": resetID, "in": map[string]any{"password": "a brand new password"}}, nil)
	writer.MustDo(t, admin, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": deletedID}, nil)
	writer.MustDo(t, admin, `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, map[string]any{"id": toks.Account.ApiTokens[0].ID}, nil)
	for _, name := range []string{"disabled", "deleted", "reset", "token"} {
		_, err := subs[name].Next(10 * time.Second)
		var se *testapp.SubscriptionError
		require.True(t, errors.As(err, &se), "%s: %v", name, err)
		assert.Equal(t, "UNAUTHENTICATED", se.Code(), name)
		assert.NotEmpty(t, se.Errors[0].Extensions["resumeAfter"], name)
	}
	// The others keep receiving.
	writer.MustDo(t, admin, `mutation($d: ID!) { assignLicense(deviceId: $d) { id } }`, map[string]any{"d": strconv.Itoa(dev.ID)}, nil)
	_, err := subs["control"].Next(10 * time.Second)
	require.NoError(t, err)
}

// drain drops what the subscription has waiting.
func drain(sub *testapp.Subscription) {
	for {
		if _, err := sub.Next(200 * time.Millisecond); err != nil {
			return
		}
	}
}
