// Package clip cuts text to a byte budget without splitting a character: what a column, a
// WebSocket close reason or a log line may hold, from text that may come from a user or an
// account's policy (Postgres refuses text that is not valid UTF-8).
package clip

import "unicode/utf8"

// String returns s cut to at most n bytes on a character boundary.
func String(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
