package auth

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewToken(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		tok, hash, err := NewToken(SessionTokenPrefix)
		require.NoError(t, err)
		require.True(t, strings.HasPrefix(tok, "cts_"), tok)
		raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(tok, "cts_"))
		require.NoError(t, err)
		assert.Len(t, raw, 32)
		assert.Equal(t, HashToken(tok), hash)
		assert.False(t, seen[tok], "duplicate token")
		seen[tok] = true
	}
}

func TestHashToken(t *testing.T) {
	want := sha256.Sum256([]byte("ctk_abc"))
	assert.Equal(t, want[:], HashToken("ctk_abc"))
	assert.NotEqual(t, HashToken("ctk_abc"), HashToken("cts_abc"))
	tok, _, err := NewToken(APITokenPrefix)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(tok, "ctk_"))
}
