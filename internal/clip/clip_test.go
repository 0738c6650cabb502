package clip

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestString(t *testing.T) {
	require.Equal(t, "abc", String("abc", 3))
	require.Equal(t, "ab", String("abc", 2))
	require.Equal(t, "", String("abc", 0))
	// "д" is two bytes: a cut inside it drops it whole.
	require.Equal(t, "ад", String("адд", 5))
	require.Equal(t, "ад", String("адд", 4))
	for n := range 12 {
		s := String("✓д✓д", n)
		require.True(t, utf8.ValidString(s), "%d: %q", n, s)
		require.LessOrEqual(t, len(s), n)
	}
}
