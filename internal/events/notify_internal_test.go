package events

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNotePayload(t *testing.T) {
	n, ok := parseNote(note{accountID: 42, seq: 7, instance: "abc"}.payload())
	require.True(t, ok)
	require.Equal(t, note{accountID: 42, seq: 7, instance: "abc"}, n)
	// The earlier form, without the sender, from a process not yet upgraded.
	n, ok = parseNote("42:7")
	require.True(t, ok)
	require.Equal(t, note{accountID: 42, seq: 7}, n)
	for _, bad := range []string{"", "42", "x:7", "42:y", "42:y:abc"} {
		_, ok := parseNote(bad)
		require.False(t, ok, bad)
	}
}
