// Package model holds the GraphQL-only types: inputs and payloads (models_gen.go, generated)
// and the few hand-written ones below that gqlgen binds to.
package model

import (
	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
)

// Policy is an account's policy of one kind: its active version and its history.
type Policy struct {
	Kind     enums.PolicyKind     `json:"kind"`
	Active   *ent.PolicyVersion   `json:"active"`
	Versions []*ent.PolicyVersion `json:"versions"`
}

// DeviceWhereInput filters an account's devices.
type DeviceWhereInput struct {
	Code          *string              `json:"code,omitempty"`
	LicenseStatus *enums.LicenseStatus `json:"licenseStatus,omitempty"`
	Inactive      *bool                `json:"inactive,omitempty"`
	UserEmail     *string              `json:"userEmail,omitempty"`
}
