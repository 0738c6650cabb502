package policies

import (
	"context"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/policy"
)

// ChoosePreset is the preset a request names, by its enum (name, e.g. NEVER_RECLAIM) or by
// the older string (legacy, e.g. "never-reclaim"); "" when it names none (the default
// applies). Both at once is BAD_USER_INPUT; an unknown string is refused where it is used.
// field and legacyField are the two inputs' names, for the message.
func ChoosePreset(name *policy.PresetName, legacy *string, field, legacyField string) (string, error) {
	switch {
	case name != nil && legacy != nil:
		return "", apperr.BadInputf("give %s or %s, not both (%s is the older spelling)", field, legacyField, legacyField)
	case name != nil:
		return string(*name), nil
	case legacy != nil:
		return *legacy, nil
	}
	return "", nil
}

// SetPresetByName is SetPreset with the preset named as setFloatingPreset takes it: by its
// enum (presetName) or by the older string (preset), exactly one of them.
func (s *Service) SetPresetByName(ctx context.Context, accountID int, name *policy.PresetName, legacy *string) (*ent.PolicyVersion, error) {
	if err := s.authz.Require(ctx, "policy.update", authz.Resource{Type: "account", ID: accountID, AccountID: accountID}); err != nil {
		return nil, err
	}
	preset, err := ChoosePreset(name, legacy, "presetName", "preset")
	if err != nil {
		return nil, err
	}
	return s.SetPreset(ctx, accountID, preset)
}

// FloatingPresetName is FloatingPreset as the enum.
func (s *Service) FloatingPresetName(ctx context.Context, a *ent.Account) (*policy.PresetName, error) {
	p, err := s.FloatingPreset(ctx, a)
	if err != nil || p == nil {
		return nil, err
	}
	name := policy.PresetName(*p)
	return &name, nil
}
