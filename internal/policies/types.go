package policies

import (
	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/policy"
)

// The policies service's own results; GraphQL's types of the same names are bound to them
// in gqlgen.yml.

// Policy is an account's policy of one kind: its active version and its history.
type Policy struct {
	Kind     enums.PolicyKind     `json:"kind"`
	Active   *ent.PolicyVersion   `json:"active"`
	Versions []*ent.PolicyVersion `json:"versions"`
}

// FloatingPreset is a shipped FLOATING strategy SUPPORT may choose for an account.
type FloatingPreset struct {
	Preset      policy.PresetName `json:"preset"`
	Name        string            `json:"name"`
	Description string            `json:"description"`
	Source      string            `json:"source"`
}
