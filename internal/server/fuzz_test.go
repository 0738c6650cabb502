package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/countthings/countthings/internal/testapp"
)

var knownCodes = map[string]bool{
	"UNAUTHENTICATED": true, "FORBIDDEN": true, "NOT_FOUND": true, "BAD_USER_INPUT": true, "CONFLICT": true,
	"NO_LICENSE_AVAILABLE": true, "LICENSE_EXPIRED": true, "POLICY_INVALID": true, "RATE_LIMITED": true, "INTERNAL": true,
}

// FuzzGraphQLEntryPoint: whatever the body, the answer is JSON with errors that carry one of
// API.md's codes, never a 5xx and never INTERNAL, and the server keeps serving.
func FuzzGraphQLEntryPoint(f *testing.F) {
	for _, seed := range []string{
		`{"query":"{ __typename }"}`,
		`{"query":"{ node(id: \"1\") { id } }"}`,
		`{"query":"query($id: ID!){ node(id: $id) { id } }","variables":{"id":"x"}}`,
		`{"query":"mutation { login(input: {email: \"a@b.c\", password: \"x\"}) { token } }"}`,
		`{"query":"{ account { devices(first: -1) { totalCount } } }"}`,
		`{"query":"{ evaluatePolicy(kind: FLOATING, input: {a: 1}) }"}`,
		`{"query": "{", "variables": []}`,
		`{"query":"subscription { licenseEvents { id } }"}`,
		`{"query":"{ me { ...F } } fragment F on User { ...F }"}`,
		`not json`,
	} {
		f.Add([]byte(seed))
	}
	env := testapp.New(f, testapp.SQLite())
	f.Fuzz(func(t *testing.T, body []byte) {
		r := env.Post(t, "", "application/json", body)
		if r.Status >= 500 {
			t.Fatalf("status %d for %q", r.Status, body)
		}
		for _, e := range r.Errors {
			code, _ := e.Extensions["code"].(string)
			if !knownCodes[code] {
				t.Fatalf("error without a known code: %+v for %q", e, body)
			}
			if code == "INTERNAL" {
				t.Fatalf("INTERNAL for %q: %s", body, e.Message)
			}
			if strings.Contains(e.Message, "goroutine") {
				t.Fatalf("stack trace leaked: %s", e.Message)
			}
		}
		if r.Status == http.StatusOK && r.Errors == nil && !json.Valid(r.Data) {
			t.Fatalf("invalid data for %q", body)
		}
	})
}
