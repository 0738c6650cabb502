package licensing_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph"
	"github.com/countthings/countthings/graph/generated"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/reqcache"
	"github.com/countthings/countthings/internal/testdb"
)

// root serves the real resolvers, with Query.account answering a fixed account (the
// accounts service is not under test here).
type root struct {
	*graph.Resolver
	acct *ent.Account
}

func (r root) Query() generated.QueryResolver { return query{r.Resolver.Query(), r.acct} }

type query struct {
	generated.QueryResolver
	acct *ent.Account
}

func (q query) Account(context.Context) (*ent.Account, error) { return q.acct, nil }

// gql runs GraphQL against the real schema as viewer v, on a client that counts statements.
func (e *env) gql(t *testing.T, a *ent.Account, u *ent.User) (*client.Client, *atomicCounter) {
	cdb, n := countingDB(e.db)
	eng := sharedEngine(t)
	az := authz.New(eng, e.versions, e.clock.Now, nil)
	svc := licensing.New(cdb, az, eng, e.versions, nil, e.clock.Now, nil)
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: root{&graph.Resolver{Client: cdb.Client, Licensing: svc}, a}}))
	srv.AddTransport(transport.POST{})
	v := viewerOf(u)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv.ServeHTTP(w, r.WithContext(reqcache.With(auth.WithViewer(r.Context(), v))))
	})
	return client.New(h), n
}

const devicesQuery = `query($first: Int, $after: String, $where: DeviceWhereInput) {
  account { devices(first: $first, after: $after, where: $where) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code inactive license { pool status expiresAt } lastUser { email } licenseStatus } }
  } }
}`

type devicesResult struct {
	Account struct {
		Devices struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Cursor string
				Node   struct {
					Code     string
					Inactive bool
					License  *struct {
						Pool      string
						Status    string
						ExpiresAt string
					}
					LastUser *struct {
						Email string
					}
					LicenseStatus string
				}
			}
		}
	}
}

func TestDevicesConnection(t *testing.T) {
	testdb.Each(t, testDevicesConnection)
}

func testDevicesConnection(t *testing.T, db *database.DB) {
	e := newEnv(t, db)
	a := e.account(enums.AccountMixed, 3, 3)
	admin := e.user(a, enums.RoleAdmin)
	op := e.user(a, enums.RoleOperator)
	for i := range 8 {
		_, _ = e.login(op, fmt.Sprintf("D%02d", i))
	}
	gc, n := e.gql(t, a, admin)

	run := func(vars map[string]any) (devicesResult, int64) {
		var out devicesResult
		n.Store(0)
		var opts []client.Option
		for k, v := range vars {
			opts = append(opts, client.Var(k, v))
		}
		require.NoError(t, gc.Post(devicesQuery, &out, opts...))
		return out, n.Load()
	}

	all, small := run(map[string]any{"first": 100})
	require.Len(t, all.Account.Devices.Edges, 8)
	for _, ed := range all.Account.Devices.Edges {
		if l := ed.Node.License; l != nil {
			got, err := time.Parse(time.RFC3339Nano, l.ExpiresAt)
			require.NoError(t, err)
			assert.WithinDuration(t, a.ExpiresAt, got, time.Millisecond, "a license expires with its account")
		}
	}
	assert.Equal(t, 8, all.Account.Devices.TotalCount)
	for _, ed := range all.Account.Devices.Edges {
		nd := ed.Node
		if nd.License == nil {
			assert.Equal(t, "NONE", nd.LicenseStatus, nd.Code)
		} else {
			assert.Equal(t, nd.License.Status, nd.LicenseStatus, nd.Code)
		}
		require.NotNil(t, nd.LastUser)
		assert.Equal(t, op.Email, nd.LastUser.Email)
	}

	// Many more devices cost no more queries: no N+1.
	for i := range 40 {
		_, _ = e.login(e.user(a, enums.RoleOperator), fmt.Sprintf("X%02d", i))
	}
	_, large := run(map[string]any{"first": 100})
	t.Logf("statements for a page of 8 devices: %d, of 48 devices: %d", small, large)
	assert.Equal(t, small, large)
	// count, page, seats, last users, and one account read for every license's expiresAt.
	assert.LessOrEqual(t, large, int64(5))

	t.Run("status through a fragment and an alias, or not selected", func(t *testing.T) {
		// The status comes with the rows only when selected (licensing.WithoutStatus), under
		// any spelling: never a statement per device.
		for _, q := range []string{
			`{ account { devices(first: 100) { edges { node { ...F } } } } } fragment F on Device { code s: licenseStatus }`,
			`{ account { devices(first: 100) { edges { node { ... on Device { code s: licenseStatus } } } } } }`,
		} {
			var out struct {
				Account struct {
					Devices struct {
						Edges []struct{ Node struct{ Code, S string } }
					}
				}
			}
			n.Store(0)
			require.NoError(t, gc.Post(q, &out))
			require.Len(t, out.Account.Devices.Edges, 48)
			active := 0
			for _, ed := range out.Account.Devices.Edges {
				if ed.Node.S == "ACTIVE" {
					active++
				} else {
					assert.Equal(t, "NONE", ed.Node.S, ed.Node.Code)
				}
			}
			assert.Equal(t, 6, active, q)
			assert.LessOrEqual(t, n.Load(), int64(3), q)
		}
		var out struct {
			Account struct {
				Devices struct {
					Edges []struct{ Node struct{ Code string } }
				}
			}
		}
		n.Store(0)
		require.NoError(t, gc.Post(`{ account { devices(first: 100) { edges { node { code } } } } }`, &out))
		require.Len(t, out.Account.Devices.Edges, 48)
		assert.LessOrEqual(t, n.Load(), int64(3))
	})

	t.Run("filters", func(t *testing.T) {
		out, _ := run(map[string]any{"where": map[string]any{"licenseStatus": "NONE"}})
		assert.Equal(t, 48-6, out.Account.Devices.TotalCount)
		out, _ = run(map[string]any{"where": map[string]any{"licenseStatus": "ACTIVE"}})
		assert.Equal(t, 6, out.Account.Devices.TotalCount)
		out, _ = run(map[string]any{"where": map[string]any{"code": "d0"}})
		assert.Equal(t, 8, out.Account.Devices.TotalCount)
		out, _ = run(map[string]any{"where": map[string]any{"userEmail": op.Email}})
		assert.Equal(t, 8, out.Account.Devices.TotalCount)
		out, _ = run(map[string]any{"where": map[string]any{"inactive": true}})
		assert.Equal(t, 0, out.Account.Devices.TotalCount)
	})

	t.Run("pages", func(t *testing.T) {
		first, _ := run(map[string]any{"first": 30})
		require.Len(t, first.Account.Devices.Edges, 30)
		require.True(t, first.Account.Devices.PageInfo.HasNextPage)
		rest, _ := run(map[string]any{"first": 30, "after": *first.Account.Devices.PageInfo.EndCursor})
		require.Len(t, rest.Account.Devices.Edges, 18)
		assert.False(t, rest.Account.Devices.PageInfo.HasNextPage)
		all, _ := run(map[string]any{"first": 100})
		assert.Len(t, all.Account.Devices.Edges, 48)
		var out devicesResult
		err := gc.Post(devicesQuery, &out, client.Var("first", 1000))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "BAD_USER_INPUT")
		assert.Contains(t, err.Error(), "at most 100")
		err = gc.Post(devicesQuery, &out, client.Var("after", "not a cursor"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "BAD_USER_INPUT")
	})

	t.Run("a user without device.read is refused", func(t *testing.T) {
		oc, _ := e.gql(t, a, op)
		var out devicesResult
		err := oc.Post(devicesQuery, &out)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "FORBIDDEN")
	})
}

// Paging by LAST_SEEN_AT walks every device once, in order, with the devices never seen as
// the oldest (first ascending, last descending), whatever the page size: the cursor of a
// device never seen, and the step from the seen devices to the others, lost devices before.
func TestDevicesPagedByLastSeen(t *testing.T) {
	testdb.Each(t, testDevicesPagedByLastSeen)
}

func testDevicesPagedByLastSeen(t *testing.T, db *database.DB) {
	e := newEnv(t, db)
	a := e.account(enums.AccountStandard, 20, 0)
	admin := e.user(a, enums.RoleAdmin)
	op := e.user(a, enums.RoleOperator)
	var seen []string // in the order they were last seen
	for i := range 5 {
		code := fmt.Sprintf("SEEN-%d", i)
		e.mustLogin(op, code)
		seen = append(seen, code)
		e.clock.Advance(time.Minute)
	}
	// Two devices share one instant: the order between them is by id.
	e.mustLogin(op, "SEEN-5")
	e.mustLogin(op, "SEEN-6")
	seen = append(seen, "SEEN-5", "SEEN-6")
	var never []string // registered by the admin, never seen, in the order of their ids
	for i := range 4 {
		code := fmt.Sprintf("NEVER-%d", i)
		_, err := db.Client.Device.Create().SetAccountID(a.ID).SetCode(code).Save(auth.WithSystem(context.Background()))
		require.NoError(t, err)
		never = append(never, code)
	}
	gc, _ := e.gql(t, a, admin)
	const q = `query($first: Int, $after: String, $dir: OrderDirection!) {
  account { devices(first: $first, after: $after, orderBy: {field: LAST_SEEN_AT, direction: $dir}) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } } }`
	walk := func(dir string, size int) []string {
		var codes []string
		var after any
		for range 20 {
			var out devicesResult
			require.NoError(t, gc.Post(q, &out, client.Var("first", size), client.Var("after", after), client.Var("dir", dir)))
			require.Equal(t, 11, out.Account.Devices.TotalCount, "totalCount is every device, on every page")
			for _, ed := range out.Account.Devices.Edges {
				codes = append(codes, ed.Node.Code)
			}
			if !out.Account.Devices.PageInfo.HasNextPage {
				return codes
			}
			after = *out.Account.Devices.PageInfo.EndCursor
		}
		t.Fatalf("the walk did not end: %v", codes)
		return nil
	}
	asc := append(append([]string{}, never...), seen...)
	desc := make([]string, 0, len(asc))
	for i := len(seen) - 1; i >= 0; i-- {
		desc = append(desc, seen[i])
	}
	for i := len(never) - 1; i >= 0; i-- {
		desc = append(desc, never[i])
	}
	for _, size := range []int{1, 2, 3, 4, 100} {
		assert.Equal(t, asc, walk("ASC", size), "ascending, pages of %d", size)
		assert.Equal(t, desc, walk("DESC", size), "descending, pages of %d", size)
	}
}
