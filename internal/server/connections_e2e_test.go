package server_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/testapp"
)

// listed is what an account holds of each new connection, seeded directly.
type listed struct {
	tokens, webhooks, deliveries []int // deliveries: of webhooks[0], newest first
}

func seedListed(t *testing.T, env *testapp.Env, accountID, n int) listed {
	t.Helper()
	ctx := testapp.System()
	c := env.App.DB.Client
	var out listed
	for i := range n {
		tok, err := c.APIToken.Create().SetAccountID(accountID).SetName(fmt.Sprintf("token %d", i)).
			SetTokenHash([]byte(fmt.Sprintf("hash-%d-%d", accountID, i))).Save(ctx)
		require.NoError(t, err)
		out.tokens = append(out.tokens, tok.ID)
		hook, err := c.Webhook.Create().SetAccountID(accountID).SetURL(fmt.Sprintf("https://hooks.test/%d", i)).
			SetSecret("0123456789abcdef").Save(ctx)
		require.NoError(t, err)
		out.webhooks = append(out.webhooks, hook.ID)
	}
	for i := range n {
		ev, err := c.LicenseEvent.Create().SetAccountID(accountID).SetSeq(int64(i + 1)).SetType(enums.EventDenied).
			SetOccurredAt(time.Now()).Save(ctx)
		require.NoError(t, err)
		d, err := c.WebhookDelivery.Create().SetWebhookID(out.webhooks[0]).SetEventID(ev.ID).Save(ctx)
		require.NoError(t, err)
		out.deliveries = append([]int{d.ID}, out.deliveries...)
	}
	_, err := c.Account.UpdateOneID(accountID).SetEventSeq(int64(n)).Save(ctx)
	require.NoError(t, err)
	return out
}

type connPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
}

// pageAll walks a connection three at a time and returns the node IDs in order.
func pageAll(t *testing.T, env *testapp.Env, token, query string, vars map[string]any, pick func(map[string]any) any, total int) []int {
	t.Helper()
	var ids []int
	var after any
	for range 10 {
		v := map[string]any{"first": 3, "after": after}
		for k, x := range vars {
			v[k] = x
		}
		r := env.Do(t, token, query, v)
		require.Empty(t, r.Errors)
		var data map[string]any
		r.Decode(t, &data)
		var page connPage
		remarshal(t, pick(data), &page)
		assert.Equal(t, total, page.TotalCount)
		assert.LessOrEqual(t, len(page.Edges), 3)
		for _, e := range page.Edges {
			id, err := strconv.Atoi(e.Node.ID)
			require.NoError(t, err)
			ids = append(ids, id)
		}
		if !page.PageInfo.HasNextPage {
			return ids
		}
		after = *page.PageInfo.EndCursor
	}
	t.Fatalf("no last page after 10 pages")
	return nil
}

func at(path ...string) func(map[string]any) any {
	return func(m map[string]any) any {
		var cur any = m
		for _, k := range path {
			cur = cur.(map[string]any)[k]
		}
		return cur
	}
}

// Account.apiTokenConnection, Account.webhookConnection and Webhook.deliveryConnection page
// through the viewer's account only (oldest first; deliveries newest first); another
// account's objects are NOT_FOUND, and the deprecated lists still answer.
func TestObjectConnectionsPageInsideTheAccount(t *testing.T) {
	env := testapp.New(t)
	a := env.SeedAccount(t, testapp.AccountSpec{})
	b := env.SeedAccount(t, testapp.AccountSpec{})
	const n = 7
	mine := seedListed(t, env, a.Account.ID, n)
	theirs := seedListed(t, env, b.Account.ID, n)
	admin := env.Token(t, a.Admin, 0)

	tokens := pageAll(t, env, admin, `query($first: Int, $after: String) { account { apiTokenConnection(first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`, nil, at("account", "apiTokenConnection"), n)
	assert.Equal(t, mine.tokens, tokens)
	hooks := pageAll(t, env, admin, `query($first: Int, $after: String) { account { webhookConnection(first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`, nil, at("account", "webhookConnection"), n)
	assert.Equal(t, mine.webhooks, hooks)
	deliveries := pageAll(t, env, admin, `query($first: Int, $after: String, $id: ID!) { node(id: $id) { ... on Webhook { deliveryConnection(first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }`,
		map[string]any{"id": strconv.Itoa(mine.webhooks[0])}, at("node", "deliveryConnection"), n)
	assert.Equal(t, mine.deliveries, deliveries, "newest first")

	// The other account's webhook and account are not there for this viewer.
	r := env.Do(t, admin, `query($id: ID!) { node(id: $id) { ... on Webhook { deliveryConnection { totalCount } } } }`,
		map[string]any{"id": strconv.Itoa(theirs.webhooks[0])})
	assert.Equal(t, "NOT_FOUND", r.Code(), "%+v", r.Errors)
	r = env.Do(t, admin, `query($id: ID!) { node(id: $id) { ... on Account { apiTokenConnection { totalCount } webhookConnection { totalCount } } } }`,
		map[string]any{"id": strconv.Itoa(b.Account.ID)})
	assert.Equal(t, "NOT_FOUND", r.Code(), "%+v", r.Errors)

	// SUPPORT sees the other account's, and only its.
	support := env.Token(t, env.SeedSupport(t), 0)
	tokens = pageAll(t, env, support, `query($first: Int, $after: String, $id: ID!) { node(id: $id) { ... on Account { apiTokenConnection(first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }`,
		map[string]any{"id": strconv.Itoa(b.Account.ID)}, at("node", "apiTokenConnection"), n)
	assert.Equal(t, theirs.tokens, tokens)

	// An operator without the permissions is refused.
	op := env.Token(t, env.SeedUser(t, a.Account.ID, "op@conn.test", "count"), 0)
	r = env.Do(t, op, `{ account { webhookConnection { totalCount } } }`, nil)
	assert.Contains(t, []string{"FORBIDDEN", "NOT_FOUND"}, r.Code(), "%+v", r.Errors)

	var old struct {
		Account struct {
			APITokens []struct{ ID string }
			Webhooks  []struct {
				ID         string
				Deliveries []struct{ ID string }
			}
		}
	}
	env.MustDo(t, admin, `{ account { apiTokens { id } webhooks { id deliveries(first: 100) { id } } } }`, nil, &old)
	assert.Len(t, old.Account.APITokens, n, "the deprecated list still answers")
	assert.Len(t, old.Account.Webhooks, n)
	assert.Len(t, old.Account.Webhooks[0].Deliveries, n)
}

// nodes(ids:) answers each ID as node(id:) would: the object, or null with a NOT_FOUND error
// at its index (another account's objects included); more than identity.MaxNodes IDs is
// BAD_USER_INPUT, and without a session it is UNAUTHENTICATED.
func TestNodes(t *testing.T) {
	env := testapp.New(t)
	a := env.SeedAccount(t, testapp.AccountSpec{})
	b := env.SeedAccount(t, testapp.AccountSpec{})
	da := env.SeedDevice(t, a.Account.ID, "A-1")
	db := env.SeedDevice(t, b.Account.ID, "B-1")
	admin := env.Token(t, a.Admin, 0)
	ids := []string{strconv.Itoa(da.ID), strconv.Itoa(db.ID), strconv.Itoa(a.Account.ID), strconv.Itoa(b.Admin.ID), "987654321", strconv.Itoa(da.ID)}
	q := `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Device { code } } }`
	r := env.Do(t, admin, q, map[string]any{"ids": ids})
	var data struct {
		Nodes []*struct{ Typename, ID, Code string }
	}
	r.Decode(t, &data)
	require.Len(t, data.Nodes, len(ids))
	assert.Equal(t, "A-1", data.Nodes[0].Code)
	assert.Nil(t, data.Nodes[1], "another account's device")
	assert.Equal(t, strconv.Itoa(a.Account.ID), data.Nodes[2].ID)
	assert.Nil(t, data.Nodes[3], "another account's user")
	assert.Nil(t, data.Nodes[4], "no such object")
	assert.Equal(t, "A-1", data.Nodes[5].Code, "the same ID twice")
	require.Len(t, r.Errors, 3)
	for i, idx := range []float64{1, 3, 4} {
		assert.Equal(t, "NOT_FOUND", r.Errors[i].Extensions["code"])
		assert.Equal(t, []any{"nodes", idx}, r.Errors[i].Path)
	}
	// node(id:) says the same of the same IDs.
	for _, id := range []string{ids[1], ids[3], ids[4]} {
		r := env.Do(t, admin, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		assert.Equal(t, "NOT_FOUND", r.Code())
	}

	many := make([]string, identity.MaxNodes+1)
	for i := range many {
		many[i] = strconv.Itoa(da.ID)
	}
	r = env.Do(t, admin, q, map[string]any{"ids": many})
	assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%+v", r.Errors)
	assert.Contains(t, r.Errors[0].Message, fmt.Sprintf("at most %d", identity.MaxNodes))
	r = env.Do(t, admin, q, map[string]any{"ids": many[:identity.MaxNodes]})
	assert.Empty(t, r.Errors)

	r = env.Do(t, "", q, map[string]any{"ids": ids[:1]})
	assert.Equal(t, "UNAUTHENTICATED", r.Code(), "%+v", r.Errors)
}

func remarshal(t *testing.T, in, out any) {
	t.Helper()
	b, err := json.Marshal(in)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, out))
}
