package accounts

import (
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/policy"
)

// The accounts service's own inputs and results; GraphQL's types of the same names are bound
// to them in gqlgen.yml, so the domain needs nothing of the GraphQL layer.

// A company's request for an enterprise account.
type AccountRequestInput struct {
	// The company's name.
	CompanyName string `json:"companyName"`
	// Where SUPPORT answers.
	ContactEmail string `json:"contactEmail"`
	// Whom to ask for.
	ContactName *string `json:"contactName,omitempty"`
	// The type of account wanted.
	AccountType enums.AccountType `json:"accountType"`
	// STANDARD licenses wanted (0 or more).
	StandardLicenses int `json:"standardLicenses"`
	// FLOATING licenses wanted (0 or more).
	FloatingLicenses int `json:"floatingLicenses"`
	// How the company works: who counts, on how many devices, when.
	Workflow *string `json:"workflow,omitempty"`
}

// An account's settings (updateAccountSettings changes them).
type AccountSettings struct {
	// Whom the account's operators should contact (shown in the app); null when not set.
	OperatorContactEmail *string `json:"operatorContactEmail,omitempty"`
	// The phone number operators should call; null when not set.
	OperatorContactPhone *string `json:"operatorContactPhone,omitempty"`
	// Floating licenses: a device silent for longer than this may lose its license to another device. In minutes; 0 means at once.
	FloatingIdleMinutes int `json:"floatingIdleMinutes"`
	// For the permission-priority floating preset: holders whose user lacks this permission lose their license first.
	FloatingPriorityPermission *string `json:"floatingPriorityPermission,omitempty"`
}

// Changes to the account's settings; omitted fields stay as they are.
type AccountSettingsInput struct {
	// Whom operators should contact (an email address); empty string: none.
	OperatorContactEmail *string `json:"operatorContactEmail,omitempty"`
	// The phone number operators should call; empty string: none.
	OperatorContactPhone *string `json:"operatorContactPhone,omitempty"`
	// Minutes of silence after which a FLOATING license may be reclaimed: 0 to 525600 (a year), else BAD_USER_INPUT.
	FloatingIdleMinutes *int `json:"floatingIdleMinutes,omitempty"`
	// For the permission-priority floating preset: the permission string whose holders keep their license longest; empty string: none.
	FloatingPriorityPermission *string `json:"floatingPriorityPermission,omitempty"`
}

// SUPPORT's choices when approving a request; omitted counts and type are the request's.
type ApproveAccountRequestInput struct {
	// The Account Email, also the ADMIN's login (rules as CreateAccountInput.email).
	Email string `json:"email"`
	// The ADMIN's first password, at least 10 characters.
	AdminPassword string `json:"adminPassword"`
	// When every license expires.
	ExpiresAt time.Time `json:"expiresAt"`
	// Overrides the requested account type.
	Type *enums.AccountType `json:"type,omitempty"`
	// Overrides the requested STANDARD licenses.
	StandardLicenses *int `json:"standardLicenses,omitempty"`
	// Overrides the requested FLOATING licenses.
	FloatingLicenses *int `json:"floatingLicenses,omitempty"`
	// The account's name; default the request's companyName.
	Name *string `json:"name,omitempty"`
	// Floating strategy preset by its string name (see floatingPresets); default idle-longest. Unknown: BAD_USER_INPUT.
	FloatingPreset *string `json:"floatingPreset,omitempty"`
	// Floating strategy preset; default IDLE_LONGEST. Give this or floatingPreset, not both (BAD_USER_INPUT).
	FloatingPresetName *policy.PresetName `json:"floatingPresetName,omitempty"`
}

// A new enterprise account, created by SUPPORT.
type CreateAccountInput struct {
	// The company's name.
	Name string `json:"name"`
	// The Account Email, also the ADMIN's login: generic and role-based, on the company's own domain (else BAD_USER_INPUT); unique (else CONFLICT).
	Email string `json:"email"`
	// The ADMIN's first password, at least 10 characters.
	AdminPassword string `json:"adminPassword"`
	// Which pools the licenses come from.
	Type enums.AccountType `json:"type"`
	// STANDARD licenses (0 or more; 0 for a FLOATING account).
	StandardLicenses int `json:"standardLicenses"`
	// FLOATING licenses (0 or more; 0 for a STANDARD account).
	FloatingLicenses int `json:"floatingLicenses"`
	// When every license expires.
	ExpiresAt time.Time `json:"expiresAt"`
	// Floating strategy preset by its string name (see floatingPresets); default idle-longest. Unknown: BAD_USER_INPUT.
	FloatingPreset *string `json:"floatingPreset,omitempty"`
	// Floating strategy preset; default IDLE_LONGEST. Give this or floatingPreset, not both (BAD_USER_INPUT).
	FloatingPresetName *policy.PresetName `json:"floatingPresetName,omitempty"`
}
