package auth

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHashVerifyRoundTrip(t *testing.T) {
	h, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$"), h)

	ok, err := VerifyPassword("correct horse battery", h)
	require.NoError(t, err)
	assert.True(t, ok)

	ok, err = VerifyPassword("correct horse battery!", h)
	require.NoError(t, err)
	assert.False(t, ok)

	h2, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	assert.NotEqual(t, h, h2, "salts must differ")
}

func TestHashUsesOWASPFormat(t *testing.T) {
	restore := SetParamsForTesting(OWASPParams)
	defer restore()
	h, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$"), h)
	parts := strings.Split(h, "$")
	require.Len(t, parts, 6)
	assert.Len(t, parts[4], 22) // 16 bytes, unpadded base64
	assert.Len(t, parts[5], 43) // 32 bytes
}

func TestVerifyReadsParametersFromHash(t *testing.T) {
	h, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	restore := SetParamsForTesting(Argon2Params{Memory: 128, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32})
	defer restore()
	ok, err := VerifyPassword("correct horse battery", h)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.True(t, NeedsRehash(h))
}

func TestVerifyRejectsTamperedHash(t *testing.T) {
	h, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	parts := strings.Split(h, "$")
	salt, key := parts[4], parts[5]

	// Flip the first character of the key: still valid base64, no longer the hash.
	flipped := "A"
	if key[0] == 'A' {
		flipped = "B"
	}
	ok, err := VerifyPassword("correct horse battery", strings.Join(append(parts[:5:5], flipped+key[1:]), "$"))
	require.NoError(t, err)
	assert.False(t, ok)

	for name, enc := range map[string]string{
		"empty":         "",
		"bcrypt":        "$2a$10$abcdefghijklmnopqrstuv",
		"argon2i":       fmt.Sprintf("$argon2i$v=19$m=64,t=1,p=1$%s$%s", salt, key),
		"old version":   fmt.Sprintf("$argon2id$v=16$m=64,t=1,p=1$%s$%s", salt, key),
		"huge memory":   fmt.Sprintf("$argon2id$v=19$m=4194304,t=1,p=1$%s$%s", salt, key),
		"huge time":     fmt.Sprintf("$argon2id$v=19$m=64,t=100000,p=1$%s$%s", salt, key),
		"zero threads":  fmt.Sprintf("$argon2id$v=19$m=64,t=1,p=0$%s$%s", salt, key),
		"many threads":  fmt.Sprintf("$argon2id$v=19$m=64,t=1,p=255$%s$%s", salt, key),
		"bad params":    fmt.Sprintf("$argon2id$v=19$m=64,t=1$%s$%s", salt, key),
		"trailing junk": fmt.Sprintf("$argon2id$v=19$m=64,t=1,p=1x$%s$%s", salt, key),
		"bad salt":      fmt.Sprintf("$argon2id$v=19$m=64,t=1,p=1$%s$%s", "!!!", key),
		"short key":     fmt.Sprintf("$argon2id$v=19$m=64,t=1,p=1$%s$%s", salt, "AAAA"),
		"extra field":   h + "$x",
	} {
		t.Run(name, func(t *testing.T) {
			ok, err := VerifyPassword("correct horse battery", enc)
			assert.ErrorIs(t, err, ErrInvalidHash)
			assert.False(t, ok)
		})
	}
}

func TestDummyVerifyRuns(t *testing.T) {
	DummyVerify("anything at all")
	DummyVerify(strings.Repeat("x", 1000))
}

func TestHashRefusesOverlongPassword(t *testing.T) {
	_, err := HashPassword(strings.Repeat("x", MaxPasswordBytes+1))
	require.Error(t, err)
}

func TestValidatePassword(t *testing.T) {
	tests := []struct {
		pw      string
		wantErr string
	}{
		{"correct horse battery", ""},
		{"Tr0ub4dor&3x", ""},
		{"ünïcödé-pässwörd", ""},
		{"short", "too short"},
		{"ääääääää9", "too short"}, // 9 characters, 17 bytes
		{strings.Repeat("a", 12), "single character"},
		{strings.Repeat("€", 12), "single character"},
		{"1234567890", "most common"},
		{"Password123", "most common"},
		{"QWERTYUIOP", "most common"},
		{strings.Repeat("ab", 64), ""},
		{strings.Repeat("ab", 64) + "c", "too long"},
		{"abcdefghi\xff", "invalid characters"},
	}
	for _, tt := range tests {
		t.Run(tt.pw, func(t *testing.T) {
			err := ValidatePassword(tt.pw)
			if tt.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			var weak *WeakPasswordError
			require.ErrorAs(t, err, &weak)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.True(t, strings.HasSuffix(err.Error(), "."), "errors are sentences")
		})
	}
}

// Concurrent hashing is bounded (each argon2 run holds Params.Memory), and still completes.
func TestConcurrentHashingIsBounded(t *testing.T) {
	// Costly enough that unbounded goroutines would overlap.
	defer SetParamsForTesting(Argon2Params{Memory: 8 << 10, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32})()
	hashingPeak.Store(0)
	var wg sync.WaitGroup
	for i := 0; i < 4*cap(hashSlots); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := HashPassword("a long enough password")
			if err != nil {
				t.Error(err)
				return
			}
			ok, err := VerifyPassword("a long enough password", h)
			if err != nil || !ok {
				t.Error("verify failed", err)
			}
		}()
	}
	wg.Wait()
	if peak := hashingPeak.Load(); peak > int32(cap(hashSlots)) {
		t.Fatalf("%d argon2 computations ran at once; at most %d may", peak, cap(hashSlots))
	}
	if n := hashing.Load(); n != 0 {
		t.Fatalf("%d computations still counted in flight", n)
	}
}
