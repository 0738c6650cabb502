package graph

import (
	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph/generated"
	"github.com/countthings/countthings/graph/model"
)

// Page sizes: the default and the cap every connection applies.
const (
	DefaultPageSize = 50
	MaxPageSize     = 100
	// listEstimate is the assumed length of unpaginated lists, for cost.
	listEstimate = 20
)

// Complexity makes a list's cost its children's cost times the items it may return,
// so the complexity limit bounds real work.
func Complexity(c *generated.ComplexityRoot) {
	c.Account.Users = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Account.Devices = func(child int, first *int, _ *string, _ *model.DeviceWhereInput, _ *ent.DeviceOrder) int {
		return page(child, first)
	}
	c.Account.APITokens = list
	c.Account.Webhooks = list
	c.Query.Accounts = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Query.AccountRequests = func(child int, _ *enums.AccountRequestStatus) int { return list(child) }
	c.Query.LicenseEvents = func(child int, first *int, _ *string, _ *int, _ []enums.LicenseEventType, _ *int) int {
		return page(child, first)
	}
	c.Policy.Versions = list
	c.User.Devices = list
	c.Webhook.Deliveries = page
}

func page(child int, first *int) int {
	n := DefaultPageSize
	if first != nil && *first > 0 {
		n = min(*first, MaxPageSize)
	}
	return 1 + child*n
}

func list(child int) int { return 1 + child*listEstimate }
