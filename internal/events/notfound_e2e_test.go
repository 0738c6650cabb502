package events_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// Another account's ID is NOT_FOUND, as a missing one is, in the licenseEvents query and
// subscription as everywhere else: an admin learns nothing about other accounts.
func TestAnotherAccountsEventsAreNotFound(t *testing.T) {
	env := testapp.New(t)
	mine := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	theirs := env.SeedAccount(t, testapp.AccountSpec{Standard: 1})
	admin := env.Token(t, mine.Admin, 0)
	other := strconv.Itoa(theirs.Account.ID)
	missing := strconv.Itoa(theirs.Account.ID + 1000)

	for _, id := range []string{other, missing} {
		r := env.Do(t, admin, `query($a: ID) { licenseEvents(accountId: $a) { totalCount } }`, map[string]any{"a": id})
		require.Equal(t, "NOT_FOUND", r.Code(), "%+v", r.Errors)

		sub := env.Subscribe(t, admin, `subscription($a: ID) { licenseEvents(accountId: $a) { type } }`, map[string]any{"a": id})
		_, err := sub.Next(10 * time.Second)
		var se *testapp.SubscriptionError
		require.True(t, errors.As(err, &se), "%v", err)
		require.Equal(t, "NOT_FOUND", se.Code())
	}
	// The same as node() says of another account's object.
	r := env.Do(t, admin, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": strconv.Itoa(theirs.Admin.ID)})
	require.Equal(t, "NOT_FOUND", r.Code(), "%+v", r.Errors)

	// Its own account, named, still works.
	r = env.Do(t, admin, `query($a: ID) { licenseEvents(accountId: $a) { totalCount } }`, map[string]any{"a": strconv.Itoa(mine.Account.ID)})
	require.Empty(t, r.Errors)
}
