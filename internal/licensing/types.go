package licensing

import (
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
)

// The licensing service's own inputs and results; GraphQL's types of the same names are
// bound to them in gqlgen.yml.

// HeartbeatPayload says whether the session's device holds a license. Device is nil when
// the caller said it will not read it (WithoutDevice).
type HeartbeatPayload struct {
	Device   *ent.Device `json:"device"`
	Licensed bool        `json:"licensed"`
}

// DeviceWhereInput filters an account's devices.
type DeviceWhereInput struct {
	Code          *string              `json:"code,omitempty"`
	LicenseStatus *enums.LicenseStatus `json:"licenseStatus,omitempty"`
	Inactive      *bool                `json:"inactive,omitempty"`
	UserEmail     *string              `json:"userEmail,omitempty"`
}

// LicensePoolSummary counts an account's seats, in all and per pool.
type LicensePoolSummary struct {
	Total      int         `json:"total"`
	Assigned   int         `json:"assigned"`
	Unassigned int         `json:"unassigned"`
	ExpiresAt  time.Time   `json:"expiresAt"`
	Standard   *PoolCounts `json:"standard"`
	Floating   *PoolCounts `json:"floating"`
}

// PoolCounts counts one pool's seats.
type PoolCounts struct {
	Total      int `json:"total"`
	Assigned   int `json:"assigned"`
	Unassigned int `json:"unassigned"`
}
