//go:build race

package server_test

// raceEnabled: the race detector makes each 1 MiB request about ten times slower.
const raceEnabled = true
