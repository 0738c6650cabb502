package policy

import (
	"embed"
	"fmt"
	"regexp"
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

//go:embed base.rego permissions.rego accountemail.rego pools.rego presets/idle_longest.rego presets/never_reclaim.rego presets/permission_priority.rego
var shipped embed.FS

// In the repository each preset is a package of its own, countthings.presets.<file name>,
// so that `opa test policy/`, `opa check policy/` and `countthings policy test policy/`
// load the whole tree at once; as an account's FLOATING policy a preset is
// package countthings.floating (the contract), the one line its source differs by.
var presets = []Preset{
	{Name: string(PresetIdleLongest), Default: true, file: "presets/idle_longest.rego",
		Description: "A free seat if any, else the FLOATING license idle longest past the idle time; never an ASSIGNED one."},
	{Name: string(PresetNeverReclaim), file: "presets/never_reclaim.rego",
		Description: "Free seats only: nobody loses a license until they log out."},
	{Name: string(PresetPermissionPriority), file: "presets/permission_priority.rego",
		Description: "Like idle-longest, but holders without settings.priorityPermission lose first."},
}

// presetPackage is the package line of a preset's file in the repository.
var presetPackage = regexp.MustCompile(`(?m)^package countthings\.presets\.[a-z_]+$`)

// source is the preset as an account's FLOATING policy: its file with the package line of the contract.
func (p Preset) source() string {
	src := mustRead(p.file)
	loc := presetPackage.FindStringIndex(src)
	if loc == nil {
		panic(fmt.Sprintf("policy: %s: no `package countthings.presets.…` line", p.file)) // embedded at build time: a bug
	}
	return src[:loc[0]] + "package countthings.floating" + src[loc[1]:]
}

// Presets lists the shipped FLOATING strategies, the default first.
func Presets() []Preset { return slices.Clone(presets) }

// PresetSource returns the Rego of the named FLOATING preset.
func PresetSource(name string) (string, bool) {
	for _, p := range presets {
		if p.Name == name {
			return p.source(), true
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
		return presets[0].source()
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
