package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
)

// Token prefixes make a leaked token recognisable (and findable by secret scanners).
const (
	SessionTokenPrefix = "cts_"
	APITokenPrefix     = "ctk_"
)

const tokenBytes = 32

// NewToken returns a new random token as shown once to its owner, and the hash to store.
func NewToken(prefix string) (plaintext string, hash []byte, err error) {
	b := make([]byte, tokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", nil, fmt.Errorf("auth: read token: %w", err)
	}
	plaintext = prefix + base64.RawURLEncoding.EncodeToString(b)
	return plaintext, HashToken(plaintext), nil
}

// HashToken returns the SHA-256 of a token. Tokens carry 256 random bits, so a fast
// hash is enough: there is nothing to brute-force.
func HashToken(plaintext string) []byte {
	sum := sha256.Sum256([]byte(plaintext))
	return sum[:]
}
