// Package auth provides the building blocks of authentication: password
// hashing and rules, opaque tokens, rate limiting and the request's viewer.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Argon2Params are the argon2id cost parameters used for new hashes.
type Argon2Params struct {
	Memory  uint32 // KiB
	Time    uint32 // iterations
	Threads uint8
	SaltLen uint32 // bytes
	KeyLen  uint32 // bytes
}

// OWASPParams is the OWASP Password Storage Cheat Sheet minimum for argon2id.
var OWASPParams = Argon2Params{Memory: 19 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}

// Params are used by HashPassword and DummyVerify. Production keeps OWASPParams;
// only tests lower them, through SetParamsForTesting.
var Params = OWASPParams

// SetParamsForTesting lowers the hashing cost and returns a function restoring it.
// Not safe to call while other goroutines hash.
func SetParamsForTesting(p Argon2Params) (restore func()) {
	old := Params
	Params = p
	return func() { Params = old }
}

// Bounds on parameters read from a stored hash, so a tampered row cannot make
// one login burn gigabytes or minutes.
const (
	maxMemory  = 256 * 1024 // KiB
	maxTime    = 16
	maxThreads = 16
	minSaltLen = 8
	maxSaltLen = 64
	minKeyLen  = 16
	maxKeyLen  = 64
)

// MaxPasswordBytes bounds the input given to argon2.
const MaxPasswordBytes = 128

// ErrInvalidHash reports a stored hash that is not a PHC argon2id string this package accepts.
var ErrInvalidHash = errors.New("auth: invalid argon2id hash")

var b64 = base64.RawStdEncoding // PHC strings use unpadded standard base64

// HashPassword returns the PHC-encoded argon2id hash of pw with the current Params.
func HashPassword(pw string) (string, error) {
	if len(pw) > MaxPasswordBytes {
		return "", fmt.Errorf("auth: password longer than %d bytes", MaxPasswordBytes)
	}
	p := Params
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("auth: read salt: %w", err)
	}
	key := idKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword reports whether pw matches encoded, using the parameters stored in encoded.
// A malformed or out-of-bounds hash is an error, a wrong password is (false, nil).
func VerifyPassword(pw, encoded string) (bool, error) {
	p, salt, key, err := decodeHash(encoded)
	if err != nil {
		return false, err
	}
	if len(pw) > MaxPasswordBytes {
		// Still spend the time, so the answer does not reveal the length check.
		idKey([]byte(pw[:MaxPasswordBytes]), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
		return false, nil
	}
	got := idKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// DummyVerify spends the time of a real verification; call it when the email is
// unknown so that the response time does not tell which emails exist.
func DummyVerify(pw string) {
	p := Params
	if len(pw) > MaxPasswordBytes {
		pw = pw[:MaxPasswordBytes]
	}
	salt := make([]byte, p.SaltLen)
	idKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
}

func decodeHash(encoded string) (p Argon2Params, salt, key []byte, err error) {
	// "", "argon2id", "v=19", "m=..,t=..,p=..", salt, key
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, ErrInvalidHash
	}
	if parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return p, nil, nil, ErrInvalidHash
	}
	var m, t, threads uint32
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &threads); err != nil || n != 3 ||
		parts[3] != fmt.Sprintf("m=%d,t=%d,p=%d", m, t, threads) {
		return p, nil, nil, ErrInvalidHash
	}
	if m == 0 || m > maxMemory || t == 0 || t > maxTime || threads == 0 || threads > maxThreads || m < 8*threads {
		return p, nil, nil, fmt.Errorf("%w: parameters out of bounds", ErrInvalidHash)
	}
	salt, err = b64.Strict().DecodeString(parts[4])
	if err != nil || len(salt) < minSaltLen || len(salt) > maxSaltLen {
		return p, nil, nil, ErrInvalidHash
	}
	key, err = b64.Strict().DecodeString(parts[5])
	if err != nil || len(key) < minKeyLen || len(key) > maxKeyLen {
		return p, nil, nil, ErrInvalidHash
	}
	p = Argon2Params{Memory: m, Time: t, Threads: uint8(threads), SaltLen: uint32(len(salt)), KeyLen: uint32(len(key))}
	return p, salt, key, nil
}

// NeedsRehash reports whether encoded was made with parameters other than the current
// Params, so a successful login can upgrade it.
func NeedsRehash(encoded string) bool {
	p, _, _, err := decodeHash(encoded)
	return err != nil || p != Params
}

// MinPasswordLength is the minimum number of characters of a password.
const MinPasswordLength = 10

// WeakPasswordError says, in a sentence for the user, why a password was refused.
type WeakPasswordError struct{ Reason string }

func (e *WeakPasswordError) Error() string { return e.Reason }

// commonPasswords holds the most common passwords long enough to pass the length rule.
var commonPasswords = map[string]bool{}

func init() {
	for _, pw := range []string{
		"1234567890", "12345678910", "123456789012", "0123456789", "0987654321",
		"1234512345", "1122334455", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5",
		"qwertyuiop", "qwertyuiop123", "qwerty1234", "qwerty12345", "qwerty123456",
		"asdfghjkl1", "azertyuiop", "zxcvbnm123", "1qaz2wsx3edc", "qazwsxedc123",
		"password12", "password123", "password1234", "password!1", "passw0rd123",
		"p@ssw0rd123", "passwordpassword", "iloveyou12", "iloveyou123", "letmein123",
		"welcome123", "welcome1234", "changeme123", "administrator", "admin12345",
		"admin123456", "trustno1234", "football123", "baseball123", "sunshine123",
		"princess123", "superman123", "monkey12345", "dragon12345", "abcdefghij",
		"abcd123456", "abc1234567", "abcdef123456", "countthings", "countthings1",
		"countthings123",
	} {
		commonPasswords[pw] = true
	}
}

// ValidatePassword checks a new password against the password rules.
func ValidatePassword(pw string) error {
	if len(pw) > MaxPasswordBytes {
		return &WeakPasswordError{fmt.Sprintf("The password is too long: use at most %d bytes.", MaxPasswordBytes)}
	}
	if !utf8.ValidString(pw) {
		return &WeakPasswordError{"The password contains invalid characters: use valid UTF-8 text."}
	}
	if utf8.RuneCountInString(pw) < MinPasswordLength {
		return &WeakPasswordError{fmt.Sprintf("The password is too short: use at least %d characters.", MinPasswordLength)}
	}
	first, _ := utf8.DecodeRuneInString(pw)
	if strings.Trim(pw, string(first)) == "" {
		return &WeakPasswordError{"The password repeats a single character: use a mix of characters."}
	}
	if commonPasswords[strings.ToLower(pw)] {
		return &WeakPasswordError{"The password is one of the most common passwords: choose one that is harder to guess."}
	}
	return nil
}

// hashSlots bounds how many argon2 computations run at once: each takes Params.Memory
// (19 MiB), so a burst of logins queues here instead of exhausting memory.
var hashSlots = make(chan struct{}, max(2, 2*runtime.GOMAXPROCS(0)))

// hashing and hashingPeak count computations in flight (the peak is for tests).
var hashing, hashingPeak atomic.Int32

func idKey(pw, salt []byte, t, m uint32, threads uint8, keyLen uint32) []byte {
	hashSlots <- struct{}{}
	n := hashing.Add(1)
	for p := hashingPeak.Load(); n > p && !hashingPeak.CompareAndSwap(p, n); p = hashingPeak.Load() {
	}
	defer func() {
		hashing.Add(-1)
		<-hashSlots
	}()
	return argon2.IDKey(pw, salt, t, m, threads, keyLen)
}
