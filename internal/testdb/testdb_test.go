package testdb

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/database"
)

// Migration works on both databases, and each test's database starts empty.
func TestFreshMigratedDatabase(t *testing.T) {
	Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		n, err := db.Client.Account.Query().Count(ctx)
		require.NoError(t, err)
		require.Zero(t, n)
		a, err := db.Client.Account.Create().SetName("Acme").SetEmail("counting@acme.test").
			SetType(enums.AccountStandard).SetExpiresAt(timeNow()).Save(ctx)
		require.NoError(t, err)
		require.Greater(t, a.ID, 1<<32-1, "accounts get IDs in their own global range, so node(id:) can resolve them")
		// Migrating again is a no-op and keeps the data.
		applied, err := db.Migrate(ctx)
		require.NoError(t, err)
		require.Empty(t, applied)
		n, err = db.Client.Account.Query().Count(ctx)
		require.NoError(t, err)
		require.Equal(t, 1, n)
	})
}
