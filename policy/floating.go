package policy

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Pools and account types as the FLOATING contract spells them.
const (
	PoolStandard = "STANDARD"
	PoolFloating = "FLOATING"

	AccountStandard = "STANDARD"
	AccountFloating = "FLOATING"
	AccountMixed    = "MIXED"

	StatusAssigned = "ASSIGNED"
)

// ErrInvalidDecision is wrapped by every refusal of a FLOATING decision.
var ErrInvalidDecision = errors.New("policy: invalid floating decision")

// FloatingDecision is what a FLOATING policy decided: Pool nil means no license.
type FloatingDecision struct {
	Pool    *string
	Reclaim *string
	Reason  string
}

// validateDecision checks a decision against the contract and the input it was made on.
func validateDecision(v any, in FloatingInput) (FloatingDecision, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return FloatingDecision{}, fmt.Errorf("%w: decision must be an object {pool, reclaim, reason}, not %T", ErrInvalidDecision, v)
	}
	if keys := slices.Sorted(maps.Keys(obj)); !slices.Equal(keys, []string{"pool", "reason", "reclaim"}) {
		return FloatingDecision{}, fmt.Errorf("%w: decision must have exactly the keys pool, reclaim and reason, not %v", ErrInvalidDecision, keys)
	}
	var d FloatingDecision
	var err error
	if d.Pool, err = optionalString(obj["pool"], "pool"); err != nil {
		return FloatingDecision{}, err
	}
	if d.Reclaim, err = optionalString(obj["reclaim"], "reclaim"); err != nil {
		return FloatingDecision{}, err
	}
	if d.Reason, ok = obj["reason"].(string); !ok {
		return FloatingDecision{}, fmt.Errorf("%w: reason must be a string, not %v", ErrInvalidDecision, obj["reason"])
	}
	if d.Pool != nil {
		if err := checkPool(*d.Pool, in.Account.Type); err != nil {
			return FloatingDecision{}, err
		}
	}
	if d.Reclaim != nil {
		if err := checkReclaim(d, in); err != nil {
			return FloatingDecision{}, err
		}
	}
	return d, nil
}

func optionalString(v any, key string) (*string, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return &v, nil
	}
	return nil, fmt.Errorf("%w: %s must be a string or null, not %v", ErrInvalidDecision, key, v)
}

func checkPool(pool, accountType string) error {
	switch {
	case pool != PoolStandard && pool != PoolFloating:
		return fmt.Errorf("%w: pool must be STANDARD, FLOATING or null, not %q", ErrInvalidDecision, pool)
	case PoolsOf(accountType) == nil:
		return fmt.Errorf("%w: unknown account type %q", ErrInvalidDecision, accountType)
	case !HasPool(accountType, pool):
		return fmt.Errorf("%w: a %s account has no %s pool", ErrInvalidDecision, accountType, pool)
	}
	return nil
}

// checkReclaim allows taking only a FLOATING, not admin-reserved seat of another device.
func checkReclaim(d FloatingDecision, in FloatingInput) error {
	id := *d.Reclaim
	if d.Pool == nil || *d.Pool != PoolFloating {
		return fmt.Errorf("%w: reclaiming device %q requires pool FLOATING", ErrInvalidDecision, id)
	}
	if id == in.Device.ID {
		return fmt.Errorf("%w: device %q cannot take its own license", ErrInvalidDecision, id)
	}
	for _, h := range in.Holders {
		if h.DeviceID != id {
			continue
		}
		if h.Pool != PoolFloating {
			return fmt.Errorf("%w: device %q holds a %s license, only FLOATING ones can be reclaimed", ErrInvalidDecision, id, h.Pool)
		}
		if h.Status == StatusAssigned {
			return fmt.Errorf("%w: device %q holds an ASSIGNED (admin-reserved) license", ErrInvalidDecision, id)
		}
		return nil
	}
	return fmt.Errorf("%w: device %q holds no license of this account", ErrInvalidDecision, id)
}
