package policy

import (
	"embed"
	"slices"
)

// Kind is the kind of policy an account may edit.
type Kind string

const (
	KindPermissions Kind = "PERMISSIONS"
	KindFloating    Kind = "FLOATING"
)

// Version is one saved version of an account's own policy; a nil *Version
// stands for the shipped default.
type Version struct {
	AccountID string
	Kind      Kind
	Version   int
	Source    string
}

// PresetName names a shipped FLOATING preset (GraphQL's FloatingPresetName is bound to it:
// IDLE_LONGEST is "idle-longest", and so on).
type PresetName string

// The shipped FLOATING presets.
const (
	PresetIdleLongest        PresetName = "idle-longest"
	PresetNeverReclaim       PresetName = "never-reclaim"
	PresetPermissionPriority PresetName = "permission-priority"
)

// Preset is a shipped FLOATING strategy SUPPORT may choose for an account.
type Preset struct {
	Name        string
	Description string
	Default     bool
	file        string
}

//go:embed base.rego permissions.rego accountemail.rego pools.rego floating/idle_longest.rego floating/never_reclaim.rego floating/permission_priority.rego
var shipped embed.FS

var presets = []Preset{
	{Name: string(PresetIdleLongest), Default: true, file: "floating/idle_longest.rego",
		Description: "A free seat if any, else the FLOATING license idle longest past the idle time; never an ASSIGNED one."},
	{Name: string(PresetNeverReclaim), file: "floating/never_reclaim.rego",
		Description: "Free seats only: nobody loses a license until they log out."},
	{Name: string(PresetPermissionPriority), file: "floating/permission_priority.rego",
		Description: "Like idle-longest, but holders without settings.priorityPermission lose first."},
}

// Presets lists the shipped FLOATING strategies, the default first.
func Presets() []Preset { return slices.Clone(presets) }

// PresetSource returns the Rego of the named FLOATING preset.
func PresetSource(name string) (string, bool) {
	for _, p := range presets {
		if p.Name == name {
			return mustRead(p.file), true
		}
	}
	return "", false
}

// DefaultSource returns the shipped default policy of kind, "" for an unknown kind.
func DefaultSource(kind Kind) string {
	switch kind {
	case KindPermissions:
		return mustRead("permissions.rego")
	case KindFloating:
		return mustRead(presets[0].file)
	}
	return ""
}

func mustRead(name string) string { return mustReadFS(shipped, name) }

func (k Kind) packagePath() string {
	switch k {
	case KindPermissions:
		return "data.countthings.permissions"
	case KindFloating:
		return "data.countthings.floating"
	}
	return ""
}

func (k Kind) query() string {
	switch k {
	case KindPermissions:
		return "allow := data.countthings.permissions.allow; deny := [r | some r in data.countthings.permissions.deny]"
	case KindFloating:
		return "decision := data.countthings.floating.decision"
	}
	return ""
}
