package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// An ID or a cursor has one spelling, the one the API returned: "+ID", "0ID" and cursors
// with bytes appended are BAD_USER_INPUT, not resolved as the object or page they resemble.
func TestIDsAndCursorsAreCanonical(t *testing.T) {
	for _, store := range []struct {
		name string
		opts []testapp.Option
	}{{"postgres", nil}, {"sqlite", []testapp.Option{testapp.SQLite()}}} {
		t.Run(store.name, func(t *testing.T) {
			env := testapp.New(t, store.opts...)
			acct := env.SeedAccount(t, testapp.AccountSpec{})
			env.SeedUser(t, acct.Account.ID, "", "count")
			tok := env.Token(t, acct.Admin, 0)
			id := fmt.Sprint(acct.Admin.ID)

			var ok struct{ Node struct{ ID string } }
			env.MustDo(t, tok, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, &ok)
			require.Equal(t, id, ok.Node.ID)
			for _, bad := range []any{"+" + id, "0" + id, " " + id, id + " ", "00", "-1", "1e3"} {
				r := env.Do(t, tok, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": bad})
				assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%q: %s", bad, r.Data)
			}
			r := env.Do(t, tok, `{ node(id: "+`+id+`") { id } }`, nil)
			assert.Equal(t, "BAD_USER_INPUT", r.Code(), "an inline non-canonical ID")

			var page struct {
				Account struct {
					Users struct{ PageInfo struct{ EndCursor string } }
				}
			}
			env.MustDo(t, tok, `{ account { users(first: 1) { edges { cursor } pageInfo { endCursor } } } }`, nil, &page)
			end := page.Account.Users.PageInfo.EndCursor
			require.NotEmpty(t, end)
			for _, after := range []string{end + "AAAA", end + "A", "garbage", strings.Repeat("Z", 64)} {
				r := env.Do(t, tok, `query($a: String) { account { users(after: $a) { totalCount } devices(after: $a) { totalCount } } }`, map[string]any{"a": after})
				assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%q", after)
				r = env.Do(t, tok, `query($a: String) { licenseEvents(after: $a) { totalCount } }`, map[string]any{"a": after})
				assert.Equal(t, "BAD_USER_INPUT", r.Code(), "%q", after)
			}
		})
	}
}
