package graph

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2"

	"github.com/countthings/countthings/graph/generated"
)

func operation(t *testing.T, query string, vars map[string]any) *graphql.OperationContext {
	t.Helper()
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	doc, errs := gqlparser.LoadQuery(schema, query)
	require.Empty(t, errs)
	require.Len(t, doc.Operations, 1)
	return &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: vars}
}

func TestShareKey(t *testing.T) {
	key := func(q string, vars map[string]any) (string, bool) {
		return shareKey(operation(t, q, vars))
	}
	plain, ok := key(`subscription { licenseEvents { cursor type device { code } } }`, nil)
	require.True(t, ok)

	// The same payload shape, spelled otherwise, is the same key.
	for _, q := range []string{
		`subscription($a: String) { licenseEvents(after: $a) { cursor type device { code } } }`,
		`subscription { licenseEvents { ...F } } fragment F on LicenseEvent { cursor type device { code } }`,
		`subscription { licenseEvents { cursor ... on LicenseEvent { type } device { ... on Node { ... on Device { code } } } } }`,
		`subscription { licenseEvents { cursor type device { code } reason @skip(if: true) } }`,
	} {
		k, ok := key(q, nil)
		require.True(t, ok, q)
		require.Equal(t, plain, k, q)
	}

	// Another shape is another key: an alias, another field, another order, a variable.
	seen := map[string]string{plain: "plain"}
	for _, c := range []struct {
		q    string
		vars map[string]any
	}{
		{`subscription { ev: licenseEvents { cursor type device { code } } }`, nil},
		{`subscription { licenseEvents { c: cursor type device { code } } }`, nil},
		{`subscription { licenseEvents { type cursor device { code } } }`, nil},
		{`subscription { licenseEvents { cursor type device { code name } } }`, nil},
		{`subscription { licenseEvents { cursor type device { code } user { email } } }`, nil},
		{`subscription($r: Boolean!) { licenseEvents { cursor type device { code } reason @include(if: $r) } }`, map[string]any{"r": true}},
	} {
		k, ok := key(c.q, c.vars)
		require.True(t, ok, c.q)
		require.NotContains(t, seen, k, "%s has the key of %s", c.q, seen[k])
		seen[k] = c.q
	}

	// What depends on the viewer or the database, or takes arguments, is not shared.
	for _, q := range []string{
		`subscription { licenseEvents { cursor device { licenseStatus } } }`,
		`subscription { licenseEvents { device { lastUser { email } } } }`,
		`subscription { licenseEvents { device { license { pool } } } }`,
		`subscription { licenseEvents { user { devices { code } } } }`,
		`subscription { licenseEvents { user { account { name } } } }`,
		`subscription { licenseEvents { account { licensePool { total } } } }`,
		`subscription { licenseEvents { account { devices(first: 1) { totalCount } } } }`,
		`subscription { licenseEvents { account { settings { operatorContactEmail } } } }`,
	} {
		_, ok := key(q, nil)
		require.False(t, ok, q)
	}
}

// Concurrent askers of one rendering get the first one's bytes, rendered once; a failed
// rendering is not remembered; the cache holds at most its size.
func TestRenderCache(t *testing.T) {
	c := newRenderCache(4)
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 50)
	leaders := atomic.Int32{}
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, leader := c.get(context.Background(), 1, "s", func() []byte {
				calls.Add(1)
				<-release
				return []byte("payload")
			})
			if leader {
				leaders.Add(1)
			}
			results[i] = string(data)
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	require.EqualValues(t, 1, calls.Load())
	require.EqualValues(t, 1, leaders.Load())
	for _, r := range results {
		require.Equal(t, "payload", r)
	}

	// A failure is retried by the next asker.
	_, leader := c.get(context.Background(), 2, "s", func() []byte { return nil })
	require.True(t, leader)
	data, leader := c.get(context.Background(), 2, "s", func() []byte { return []byte("second") })
	require.True(t, leader)
	require.Equal(t, "second", string(data))

	// Bounded: after four more renderings the first is forgotten.
	for e := 3; e <= 6; e++ {
		c.get(context.Background(), e, "s", func() []byte { return []byte("x") })
	}
	require.LessOrEqual(t, c.done.Len(), 4)
	_, leader = c.get(context.Background(), 1, "s", func() []byte { return []byte("again") })
	require.True(t, leader)

	// A waiter whose context ends stops waiting.
	block := make(chan struct{})
	go c.get(context.Background(), 9, "s", func() []byte { <-block; return []byte("late") })
	time.Sleep(20 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	data, leader = c.get(ctx, 9, "s", func() []byte { t.Fatal("a second rendering"); return nil })
	require.False(t, leader)
	require.Nil(t, data)
	close(block)
}
