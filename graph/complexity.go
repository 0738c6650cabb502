package graph

import (
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph/generated"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/paging"
)

// Page sizes: the default and the cap every connection applies (internal/paging).
const (
	DefaultPageSize = paging.Default
	MaxPageSize     = paging.Max
	// listEstimate is the assumed length of unpaginated lists, for cost.
	listEstimate = 20
)

// Complexity makes a list's cost its children's cost times the items it may return,
// so the complexity limit bounds real work.
func Complexity(c *generated.ComplexityRoot) {
	c.Account.Users = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Account.Devices = func(child int, first *int, _ *string, _ *licensing.DeviceWhereInput, _ *ent.DeviceOrder) int {
		return page(child, first)
	}
	c.Account.APITokens = list
	c.Account.Webhooks = list
	c.Account.APITokenConnection = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Account.WebhookConnection = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Webhook.DeliveryConnection = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Query.Nodes = func(child int, ids []int) int { return 1 + child*max(len(ids), 1) }
	c.Query.Accounts = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Query.AccountRequests = func(child int, _ *enums.AccountRequestStatus) int { return list(child) }
	c.Query.LicenseEvents = func(child int, first *int, _ *string, _ *int, _ []enums.LicenseEventType, _ *int, _, _ *time.Time) int {
		return page(child, first)
	}
	c.Policy.Versions = list
	c.User.Devices = list
	c.Webhook.Deliveries = page

	// Operations that hash a password (argon2id, 19 MiB) or compile an uploaded policy cost
	// milliseconds of CPU each: within the default limit of 5000 a request holds at most 20,
	// so one request cannot queue minutes of work behind aliases.
	c.Mutation.Login = func(child int, _ identity.LoginInput) int { return costly + child }
	c.Mutation.CreateUser = func(child int, _ identity.CreateUserInput) int { return costly + child }
	c.Mutation.UpdateUser = func(child int, _ int, _ identity.UpdateUserInput) int { return costly + child }
	c.Mutation.CreateAccount = func(child int, _ accounts.CreateAccountInput) int { return costly + child }
	c.Mutation.ApproveAccountRequest = func(child int, _ int, _ accounts.ApproveAccountRequestInput) int { return costly + child }
	c.Mutation.RequestEnterpriseAccount = func(child int, _ accounts.AccountRequestInput) int { return costly + child }
	c.Mutation.UpdatePolicy = func(child int, _ enums.PolicyKind, _ string, _ *int) int { return costly + child }
	c.Mutation.ActivatePolicyVersion = func(child int, _ enums.PolicyKind, _ int, _ *int) int { return costly + child }
	c.Query.EvaluatePolicy = func(child int, _ enums.PolicyKind, _ any, source *string, _ *int) int {
		if source != nil {
			return costly + child
		}
		return 1 + child
	}
}

// costly is the cost of one password hash or one policy compilation.
const costly = 250

func page(child int, first *int) int {
	n := DefaultPageSize
	if first != nil && *first > 0 {
		n = min(*first, MaxPageSize)
	}
	return 1 + child*n
}

func list(child int) int { return 1 + child*listEstimate }
