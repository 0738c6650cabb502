package events

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

func ptr[T any](v T) *T { return &v }

func TestCursor(t *testing.T) {
	for _, seq := range []int64{0, 1, 42, 1 << 40} {
		c := cursorString(seq)
		got, err := decodeCursor(&c)
		require.NoError(t, err)
		require.Equal(t, seq, got)
	}
	// "" is the cursor before the first event: from the start of the log.
	got, err := decodeCursor(ptr(""))
	require.NoError(t, err)
	require.Zero(t, got)
	for _, bad := range []string{" ", "nope", "ev:12", strings.Repeat("A", 100), cursorString(5) + "x"} {
		_, err := decodeCursor(ptr(bad))
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%q: %v", bad, err)
	}
}

func TestList(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(t, db, fastOptions())
		a := seedAccount(t, db)
		other := seedAccount(t, db)
		d1, d2 := seedDevice(t, db, a.ID), seedDevice(t, db, a.ID)
		appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventAssigned, DeviceID: &d1.ID})
		appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventReserved, DeviceID: &d2.ID})
		appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventMoved, DeviceID: &d2.ID, PreviousDeviceID: &d1.ID})
		appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventRemoved, DeviceID: &d2.ID})
		appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventAssigned, DeviceID: &d1.ID})
		appendN(t, db, s, other.ID, 3)
		admin := viewer(a.ID, auth.RoleAdmin)

		// Pages of two, in sequence order, with the node's cursor equal to its edge's.
		var seqs []int64
		var after *string
		for page := 0; ; page++ {
			conn, err := s.List(admin, ptr(2), after, nil, nil, nil)
			require.NoError(t, err)
			require.Equal(t, 5, conn.TotalCount)
			for _, e := range conn.Edges {
				var b bytes.Buffer
				e.Cursor.MarshalGQL(&b)
				require.Equal(t, `"`+Cursor(e.Node)+`"`, b.String())
				seqs = append(seqs, e.Node.Seq)
			}
			require.Equal(t, page > 0, conn.PageInfo.HasPreviousPage)
			if !conn.PageInfo.HasNextPage {
				break
			}
			after = ptr(Cursor(conn.Edges[len(conn.Edges)-1].Node))
			var b bytes.Buffer
			conn.PageInfo.EndCursor.MarshalGQL(&b)
			require.Equal(t, `"`+*after+`"`, b.String())
		}
		require.Equal(t, []int64{1, 2, 3, 4, 5}, seqs)

		// Filters: by type, and by device as receiver or loser of the license.
		conn, err := s.List(admin, nil, nil, nil, []enums.LicenseEventType{enums.EventAssigned}, nil)
		require.NoError(t, err)
		require.Equal(t, 2, conn.TotalCount)
		conn, err = s.List(admin, nil, nil, nil, nil, &d1.ID)
		require.NoError(t, err)
		require.Equal(t, 3, conn.TotalCount)
		require.Equal(t, []int64{1, 3, 5}, []int64{conn.Edges[0].Node.Seq, conn.Edges[1].Node.Seq, conn.Edges[2].Node.Seq})
		conn, err = s.List(admin, nil, nil, nil, []enums.LicenseEventType{enums.EventMoved, enums.EventRemoved}, &d2.ID)
		require.NoError(t, err)
		require.Equal(t, 2, conn.TotalCount)

		// The default page is 50, no page is larger than 100, and asking for more is refused.
		appendN(t, db, s, a.ID, 120)
		conn, err = s.List(admin, nil, nil, nil, nil, nil)
		require.NoError(t, err)
		require.Len(t, conn.Edges, 50)
		conn, err = s.List(admin, ptr(100), nil, nil, nil, nil)
		require.NoError(t, err)
		require.Len(t, conn.Edges, 100)
		require.True(t, conn.PageInfo.HasNextPage)
		_, err = s.List(admin, ptr(1000), nil, nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)
		_, err = s.List(admin, ptr(-1), nil, nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)
		_, err = s.List(admin, nil, ptr("garbage"), nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)

		// Who may read what.
		_, err = s.List(viewer(a.ID, auth.RoleAdmin), nil, nil, &other.ID, nil, nil)
		require.True(t, apperr.Is(err, apperr.NotFound), "another account's ID is NOT_FOUND: %v", err)
		_, err = s.List(viewer(a.ID, auth.RoleAdmin), nil, nil, ptr(other.ID+1000), nil, nil)
		require.True(t, apperr.Is(err, apperr.NotFound), "a missing account looks like a foreign one: %v", err)
		_, err = s.List(viewer(a.ID, auth.RoleOperator, "devices:read"), nil, nil, nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)
		conn, err = s.List(viewer(a.ID, auth.RoleOperator, "events:read"), ptr(1), nil, nil, nil, nil)
		require.NoError(t, err)
		require.Len(t, conn.Edges, 1)
		_, err = s.List(viewer(0, auth.RoleSupport), nil, nil, nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)
		_, err = s.List(viewer(0, auth.RoleSupport), nil, nil, ptr(other.ID+1000), nil, nil)
		require.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
		conn, err = s.List(viewer(0, auth.RoleSupport), nil, nil, &other.ID, nil, nil)
		require.NoError(t, err)
		require.Equal(t, 3, conn.TotalCount)
		_, err = s.List(t.Context(), nil, nil, nil, nil, nil)
		require.True(t, apperr.Is(err, apperr.Unauthenticated), "%v", err)
	})
}
