package auth

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// Cheap parameters keep the suite fast; production keeps OWASPParams.
	SetParamsForTesting(Argon2Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	os.Exit(m.Run())
}
