package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

func TestDepthAndComplexityLimits(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.DepthLimit = 5 }))

	deep := `{ me { account { users { edges { node { account { name } } } } } } }`
	r := env.Do(t, "", deep, nil)
	require.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, "nested")

	// Fragments count too, and cannot hide depth.
	frag := `query { me { ...A } } fragment A on User { account { users { edges { node { email } } } } }`
	r = env.Do(t, "", frag, nil)
	assert.Equal(t, "BAD_USER_INPUT", r.Code())

	// Introspection is not limited by depth (GraphiQL needs it).
	r = env.Do(t, "", `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`, nil)
	assert.Empty(t, r.Errors)

	// A query too costly is refused before it runs.
	costly := `{ accounts(first: 100) { edges { node { users(first: 100) { edges { node { devices { license { device { id } } } } } } } } } }`
	r = env.Do(t, "", costly, nil)
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
}

func TestIntrospectionCanBeSwitchedOff(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.DisableIntrospection = true }))
	r := env.Do(t, "", `{ __schema { queryType { name } } }`, nil)
	assert.NotEmpty(t, r.Errors)
	assert.Equal(t, "BAD_USER_INPUT", r.Code())
}

func TestCORSAllowlist(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) { c.Server.CORSOrigins = []string{"https://portal.countthings.test"} }))
	preflight := func(origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, env.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := env.HTTP.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	ok := preflight("https://portal.countthings.test")
	assert.Equal(t, http.StatusNoContent, ok.StatusCode)
	assert.Equal(t, "https://portal.countthings.test", ok.Header.Get("Access-Control-Allow-Origin"))
	assert.True(t, strings.Contains(ok.Header.Get("Access-Control-Allow-Headers"), "Authorization"))

	other := preflight("https://evil.test")
	assert.Empty(t, other.Header.Get("Access-Control-Allow-Origin"))

	// Security headers on every answer.
	resp, err := env.HTTP.Get(env.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"))
}

// Aliases cannot pile up password hashes or policy compilations in one request.
func TestCostlyOperationsAreBoundedPerRequest(t *testing.T) {
	env := testapp.New(t)
	var b strings.Builder
	b.WriteString("mutation {")
	for i := 0; i < 25; i++ {
		fmt.Fprintf(&b, ` l%d: login(input: {email: "x%d@example.test", password: "wrong password"}) { token }`, i, i)
	}
	b.WriteString(" }")
	r := env.Do(t, "", b.String(), nil)
	require.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, "complex")

	// A handful is fine.
	r = env.Do(t, "", `mutation { a: login(input: {email: "a@example.test", password: "wrong password"}) { token } b: login(input: {email: "b@example.test", password: "wrong password"}) { token } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())

	// Drafts compile; reading the active policy does not.
	var q strings.Builder
	q.WriteString("{")
	for i := 0; i < 25; i++ {
		fmt.Fprintf(&q, ` e%d: evaluatePolicy(kind: PERMISSIONS, input: {}, source: "package countthings.permissions")`, i)
	}
	q.WriteString(" }")
	r = env.Do(t, "", q.String(), nil)
	require.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
}
