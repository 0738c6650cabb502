package graph

import (
	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/licensing"
	"github.com/countthings/countthings/internal/policies"
	"github.com/countthings/countthings/internal/usage"
)

// Resolver is the root resolver: it holds the internal/ services the resolvers call.
// Resolvers stay one call long; rules live in those services.
type Resolver struct {
	Client         *ent.Client
	AccountService *accounts.Service
	Identity       *identity.Service
	Licensing      *licensing.Service
	Policies       *policies.Service
	Events         *events.Service
	Insight        *usage.Service
}
