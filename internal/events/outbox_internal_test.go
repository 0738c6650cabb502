package events

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testdb"
)

func TestTruncateKeepsValidUTF8(t *testing.T) {
	long := strings.Repeat("é", 1500) // 3000 bytes, a character every 2
	got := truncate(&long, 1999)
	assert.True(t, utf8.ValidString(*got))
	assert.Equal(t, 1998, len(*got))
	short := "free seat"
	assert.Same(t, &short, truncate(&short, 2000))
	assert.Nil(t, truncate(nil, 10))
}

// A policy's long reason in any script is stored, cut on a character boundary.
func TestAppendLongNonASCIIReason(t *testing.T) {
	db := testdb.Postgres(t)
	a := seedAccount(t, db)
	reason := strings.Repeat("лицензия ", 400) // about 7,200 bytes of Cyrillic
	tx, err := db.Client.Tx(system)
	require.NoError(t, err)
	ev, err := Append(system, tx, nil, Event{AccountID: a.ID, Type: enums.EventDenied, Reason: &reason})
	require.NoError(t, err)
	require.NoError(t, tx.Commit())
	assert.True(t, utf8.ValidString(*ev.Reason))
	assert.LessOrEqual(t, len(*ev.Reason), 2000)
}
