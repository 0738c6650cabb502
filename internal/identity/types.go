package identity

import (
	"time"

	"github.com/countthings/countthings/ent"
)

// The identity service's own inputs and results; GraphQL's types of the same names are
// bound to them in gqlgen.yml.

// LoginInput is a login: the user's email and password and, on a device, the device.
type LoginInput struct {
	Email      string  `json:"email"`
	Password   string  `json:"password"`
	DeviceCode *string `json:"deviceCode,omitempty"`
	DeviceName *string `json:"deviceName,omitempty"`
	Platform   *string `json:"platform,omitempty"`
}

// LoginPayload is the session a login opened.
type LoginPayload struct {
	Token     string      `json:"token"`
	ExpiresAt time.Time   `json:"expiresAt"`
	User      *ent.User   `json:"user"`
	Device    *ent.Device `json:"device,omitempty"`
}

// CreateUserInput is a new OPERATOR of the viewer's account.
type CreateUserInput struct {
	Email       string   `json:"email"`
	Password    string   `json:"password"`
	Notes       *string  `json:"notes,omitempty"`
	Permissions []string `json:"permissions,omitempty"`
}

// UpdateUserInput is a change to a user; nil fields stay as they are.
type UpdateUserInput struct {
	Password    *string  `json:"password,omitempty"`
	Notes       *string  `json:"notes,omitempty"`
	Permissions []string `json:"permissions,omitempty"`
	Disabled    *bool    `json:"disabled,omitempty"`
	// CurrentPassword is needed, and checked, when you change your own password.
	CurrentPassword *string `json:"currentPassword,omitempty"`
}

// APITokenPayload is a new API token: its secret is shown once.
type APITokenPayload struct {
	Token       string   `json:"token"`
	Name        string   `json:"name"`
	Permissions []string `json:"permissions"`
}
