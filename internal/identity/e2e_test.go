package identity_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/internal/testapp"
)

// The whole life of an account over GraphQL: request, approval, the admin's first login,
// a user, a token, and logout.
func TestAccountLifeOverGraphQL(t *testing.T) {
	env := testapp.New(t)
	support := env.Token(t, env.SeedSupport(t), 0)

	var req struct {
		RequestEnterpriseAccount struct{ ID string } `json:"requestEnterpriseAccount"`
	}
	env.MustDo(t, "", `mutation { requestEnterpriseAccount(input: {companyName: "Acme", contactEmail: "jane@acme.example",
		accountType: MIXED, standardLicenses: 2, floatingLicenses: 3, workflow: "two shifts"}) { id } }`, nil, &req)

	r := env.Do(t, "", `{ accountRequests { id } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())

	var approved struct {
		ApproveAccountRequest struct {
			ID, Email string
			Type      string
		} `json:"approveAccountRequest"`
	}
	env.MustDo(t, support, `mutation($id: ID!, $e: Time!) { approveAccountRequest(id: $id, input: {email: "Counting@Acme.example",
		adminPassword: "a good admin password", expiresAt: $e}) { id email type } }`,
		map[string]any{"id": req.RequestEnterpriseAccount.ID, "e": env.Clock.Now().Add(365 * 24 * time.Hour).Format(time.RFC3339)}, &approved)
	assert.Equal(t, "counting@acme.example", approved.ApproveAccountRequest.Email)

	var reqs struct {
		AccountRequests []struct {
			Status  string
			Account struct{ ID string }
		} `json:"accountRequests"`
	}
	env.MustDo(t, support, `{ accountRequests { status account { id } } }`, nil, &reqs)
	require.Len(t, reqs.AccountRequests, 1)
	assert.Equal(t, "APPROVED", reqs.AccountRequests[0].Status)
	assert.Equal(t, approved.ApproveAccountRequest.ID, reqs.AccountRequests[0].Account.ID)

	var login struct {
		Login struct {
			Token string
			User  struct{ Role string }
		}
	}
	env.MustDo(t, "", `mutation { login(input: {email: "COUNTING@acme.example", password: "a good admin password"}) { token user { role } } }`, nil, &login)
	assert.Equal(t, "ADMIN", login.Login.User.Role)
	admin := login.Login.Token

	var created struct {
		CreateUser struct {
			ID          string
			Permissions []string
			Account     struct{ ID string }
		} `json:"createUser"`
	}
	env.MustDo(t, admin, `mutation { createUser(input: {email: "op@acme.example", password: "a good user password", permissions: ["count"], notes: "day shift"}) { id permissions account { id } } }`, nil, &created)
	assert.Equal(t, []string{"count"}, created.CreateUser.Permissions)
	assert.Equal(t, approved.ApproveAccountRequest.ID, created.CreateUser.Account.ID)

	var acct struct {
		Account struct {
			LicensePool struct{ Total int } `json:"licensePool"`
			Users       struct {
				TotalCount int
				Edges      []struct{ Node struct{ Email string } }
			}
		}
	}
	env.MustDo(t, admin, `{ account { licensePool { total } users(first: 10) { totalCount edges { node { email } } } } }`, nil, &acct)
	assert.Equal(t, 5, acct.Account.LicensePool.Total)
	assert.Equal(t, 2, acct.Account.Users.TotalCount)

	var node struct {
		Node struct{ Email string }
	}
	env.MustDo(t, admin, `query($id: ID!) { node(id: $id) { ... on User { email } } }`, map[string]any{"id": created.CreateUser.ID}, &node)
	assert.Equal(t, "op@acme.example", node.Node.Email)

	var tok struct {
		CreateAPIToken struct{ Token string } `json:"createApiToken"`
	}
	env.MustDo(t, admin, `mutation { createApiToken(name: "sync", permissions: ["devices:read"]) { token } }`, nil, &tok)
	var tokens struct {
		Account struct {
			APITokens []struct {
				ID        string
				Name      string
				CreatedBy struct{ Email string }
			} `json:"apiTokens"`
		}
	}
	env.MustDo(t, admin, `{ account { apiTokens { id name createdBy { email } } } }`, nil, &tokens)
	require.Len(t, tokens.Account.APITokens, 1)
	assert.Equal(t, "counting@acme.example", tokens.Account.APITokens[0].CreatedBy.Email)

	// SUPPORT sees the account in its list; the admin does not get the list.
	var list struct {
		Accounts struct{ TotalCount int }
	}
	env.MustDo(t, support, `{ accounts(first: 5) { totalCount } }`, nil, &list)
	assert.Equal(t, 1, list.Accounts.TotalCount)
	r = env.Do(t, admin, `{ accounts { totalCount } }`, nil)
	assert.Equal(t, "FORBIDDEN", r.Code())
	assert.Contains(t, r.Errors[0].Message, "reserved to SUPPORT")

	env.MustDo(t, admin, `mutation { logout }`, nil, nil)
	r = env.Do(t, admin, `{ me { id } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())
}
