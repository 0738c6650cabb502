package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

func TestMigrateCommand(t *testing.T) {
	for name, url := range map[string]string{
		"postgres": testdb.EmptyPostgresURL(t),
		"sqlite":   "sqlite://" + filepath.Join(t.TempDir(), "m.db"),
	} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			// The dry run lists what it would apply, with its SQL, and changes nothing.
			require.NoError(t, run(context.Background(), []string{"migrate", "--dry-run", "--database-url", url}, &out, &errOut), errOut.String())
			assert.Contains(t, out.String(), "would apply ")
			assert.Contains(t, out.String(), "CREATE TABLE")
			out.Reset()
			require.NoError(t, run(context.Background(), []string{"migrate", "--dry-run", "--database-url", url}, &out, &errOut), errOut.String())
			assert.Contains(t, out.String(), "would apply ", "the dry run changed nothing")
			out.Reset()

			require.NoError(t, run(context.Background(), []string{"migrate", "--database-url", url}, &out, &errOut), errOut.String())
			assert.Regexp(t, `(?m)^applied \d{14} baseline \(\d+ statements\)$`, out.String(), "it says what it applied")
			assert.Regexp(t, `up to date \(\d+ applied\)`, out.String())
			out.Reset()
			require.NoError(t, run(context.Background(), []string{"migrate", "--dry-run", "--database-url", url}, &out, &errOut), errOut.String())
			assert.Equal(t, "nothing to apply: the database schema is up to date\n", out.String())
			out.Reset()
			// Migrating twice keeps data.
			db, err := database.Open(context.Background(), url)
			require.NoError(t, err)
			defer db.Close()
			ctx := auth.WithSystem(context.Background())
			_, err = db.Client.Account.Create().SetName("Acme").SetEmail("counting@acme.test").SetType(enums.AccountStandard).SetExpiresAt(time.Now().Add(time.Hour)).Save(ctx)
			require.NoError(t, err)
			require.NoError(t, run(context.Background(), []string{"migrate", "--database-url", url}, &out, &errOut))
			assert.Equal(t, "nothing to apply: the database schema is up to date\n", out.String())
			n, err := db.Client.Account.Query().Count(ctx)
			require.NoError(t, err)
			assert.Equal(t, 1, n)
		})
	}
}

func TestUnknownCommandAndBadURL(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Error(t, run(context.Background(), nil, &out, &errOut))
	assert.Contains(t, errOut.String(), "Usage")
	assert.ErrorContains(t, run(context.Background(), []string{"frobnicate"}, &out, &errOut), "unknown command")
	assert.ErrorContains(t, run(context.Background(), []string{"migrate", "--database-url", "mysql://x"}, &out, &errOut), "unsupported database URL")
}

// serve bootstraps SUPPORT from the environment, answers, and stops gracefully on cancel.
func TestServeBootstrapsSupportAndShutsDown(t *testing.T) {
	url := pgURL(t)
	addr := freeAddr(t)
	t.Setenv("COUNTTHINGS_SUPPORT_EMAIL", "Support@CountThings.test")
	t.Setenv("COUNTTHINGS_SUPPORT_PASSWORD", "a long support password")
	restore := auth.SetParamsForTesting(auth.Argon2Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	defer restore()

	start := func() (context.CancelFunc, chan error) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		var errOut bytes.Buffer
		go func() {
			done <- run(ctx, []string{"serve", "--addr", addr, "--database-url", url, "--shutdown-grace", "2s"}, &errOut, &errOut)
		}()
		waitUp(t, "http://"+addr+"/healthz", done)
		return cancel, done
	}
	cancel, done := start()
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewBufferString(`{"query":"{ __typename }"}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}

	db, err := database.Open(context.Background(), url)
	require.NoError(t, err)
	defer db.Close()
	ctx := auth.WithSystem(context.Background())
	u, err := db.Client.User.Query().Where(user.Email("support@countthings.test")).Only(ctx)
	require.NoError(t, err, "the SUPPORT user exists, its email stored lower-cased")
	assert.Equal(t, enums.RoleSupport, u.Role)
	firstHash := u.PasswordHash

	// A second start with another password leaves the existing user's password alone.
	t.Setenv("COUNTTHINGS_SUPPORT_PASSWORD", "another long password")
	cancel, done = start()
	cancel()
	<-done
	u, err = db.Client.User.Query().Where(user.Email("support@countthings.test")).Only(ctx)
	require.NoError(t, err)
	assert.Equal(t, firstHash, u.PasswordHash)
	n, _ := db.Client.User.Query().Count(ctx)
	assert.Equal(t, 1, n)
}

func pgURL(t *testing.T) string {
	t.Helper()
	return testdb.NewPostgresURL(t)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func waitUp(t *testing.T, url string, done chan error) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v", err)
		default:
		}
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal(fmt.Sprintf("%s never answered", url))
}

func TestPolicyTestCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"policy", "test", "testdata/policy-ok"}, &out, &errOut), out.String())
	assert.Contains(t, out.String(), "PASS")
	assert.Contains(t, out.String(), "2 policy tests passed")

	out.Reset()
	err := run(context.Background(), []string{"policy", "test", "testdata/policy-fail"}, &out, &errOut)
	assert.ErrorContains(t, err, "1 of 2 policy tests failed")
	assert.Contains(t, out.String(), "FAIL data.countthings.permissions_test.test_wrong_expectation")
}

func TestSupportCreateCommand(t *testing.T) {
	url := "sqlite://" + filepath.Join(t.TempDir(), "s.db")
	restore := auth.SetParamsForTesting(auth.Argon2Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	defer restore()
	old := stdin
	defer func() { stdin = old }()

	var out, errOut bytes.Buffer
	stdin = bytes.NewBufferString("a long support password\n")
	require.NoError(t, run(context.Background(), []string{"support", "create", "--email", "Help@CountThings.test", "--database-url", url}, &out, &errOut))
	assert.Contains(t, out.String(), "created SUPPORT user help@countthings.test")

	stdin = bytes.NewBufferString("short\n")
	err := run(context.Background(), []string{"support", "create", "--email", "other@countthings.test", "--database-url", url}, &out, &errOut)
	assert.ErrorContains(t, err, "password")

	stdin = bytes.NewBufferString("a long support password\n")
	err = run(context.Background(), []string{"support", "create", "--email", "help@countthings.test", "--database-url", url}, &out, &errOut)
	assert.ErrorContains(t, err, "already exists")
}

// On PostgreSQL, serve migrates only when told to: without --migrate an unmigrated database
// leaves /readyz failing; with it, the server migrates and is ready.
func TestServeMigratesPostgresOnlyWhenTold(t *testing.T) {
	url := testdb.EmptyPostgresURL(t)
	for _, tc := range []struct {
		flags []string
		ready int
	}{
		{nil, http.StatusServiceUnavailable},
		{[]string{"--migrate"}, http.StatusOK},
	} {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		var errOut bytes.Buffer
		args := append([]string{"serve", "--addr", addr, "--database-url", url, "--shutdown-grace", "2s"}, tc.flags...)
		go func() { done <- run(ctx, args, &errOut, &errOut) }()
		waitUp(t, "http://"+addr+"/healthz", done)
		resp, err := http.Get("http://" + addr + "/readyz")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, tc.ready, resp.StatusCode, "%v", tc.flags)
		cancel()
		<-done
	}
}
