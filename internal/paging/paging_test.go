package paging

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
)

func TestSize(t *testing.T) {
	ptr := func(n int) *int { return &n }
	for _, c := range []struct {
		first *int
		def   int
		want  int
	}{{nil, Default, 50}, {nil, Max, 100}, {ptr(0), Default, 0}, {ptr(7), Default, 7}, {ptr(Max), Default, Max}} {
		n, err := Size(c.first, c.def)
		require.NoError(t, err)
		assert.Equal(t, c.want, n)
	}
	for _, bad := range []int{-1, Max + 1, 1000} {
		_, err := Size(ptr(bad), Default)
		assert.True(t, apperr.Is(err, apperr.BadUserInput), bad)
		assert.ErrorContains(t, err, "at most 100", bad)
	}
}

func TestCursor(t *testing.T) {
	c, err := Cursor(nil)
	require.NoError(t, err)
	assert.Nil(t, c)
	for _, bad := range []string{"", "not-a-cursor", "%%%"} {
		_, err := Cursor(&bad)
		assert.True(t, apperr.Is(err, apperr.BadUserInput), bad)
	}
	var b strings.Builder
	ent.Cursor{ID: 42}.MarshalGQL(&b)
	s := strings.Trim(b.String(), `"`)
	got, err := Cursor(&s)
	require.NoError(t, err)
	assert.Equal(t, 42, got.ID)
	// Only the spelling the API hands out: msgpack ignores what follows the value, and a
	// cursor of no row names nothing.
	b.Reset()
	ent.Cursor{ID: -3}.MarshalGQL(&b)
	for _, bad := range []string{s + "AAAA", s + "A", strings.Trim(b.String(), `"`), " " + s} {
		_, err := Cursor(&bad)
		assert.True(t, apperr.Is(err, apperr.BadUserInput), bad)
	}
}
