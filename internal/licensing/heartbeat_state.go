package licensing

import (
	"context"
	"time"

	"github.com/countthings/countthings/internal/reqcache"
)

// DeviceState is what a heartbeat must know about the session's device. The token check
// (identity) reads it in the same statement as the session and primes the request cache with
// it, so that a licensed device's heartbeat sends no statement of its own while last_seen_at
// is fresh: one statement per heartbeat instead of two.
type DeviceState struct {
	DeviceID       int
	AccountID      int
	LastSeenAt     *time.Time
	Licensed       bool
	ExpiresAt      time.Time
	ExpiryRecorded bool
}

type deviceStateKey struct{ deviceID int }

// PrimeDeviceState tells this request's cache the state of the session's device.
func PrimeDeviceState(ctx context.Context, st DeviceState) {
	reqcache.Put(ctx, deviceStateKey{st.DeviceID}, st)
}

type noDeviceKey struct{}

// WithoutDevice says the caller will not read the heartbeat payload's device (GraphQL: the
// field is not selected), so the heartbeat need not load it.
func WithoutDevice(ctx context.Context) context.Context {
	return context.WithValue(ctx, noDeviceKey{}, true)
}

// quickHeartbeat answers the common case from the primed state: a licensed device of an
// unexpired account, when the payload's device is not wanted. ok is false when the full path
// must run (no primed state, the device wanted, unlicensed, expired, another account).
func (s *Service) quickHeartbeat(ctx context.Context, deviceID, accountID int, now time.Time) (ok bool, err error) {
	if want, _ := ctx.Value(noDeviceKey{}).(bool); !want {
		return false, nil
	}
	st, found := reqcache.Lookup[DeviceState](ctx, deviceStateKey{deviceID})
	if !found || !st.Licensed || expired(st.ExpiresAt, now) || (accountID != 0 && st.AccountID != accountID) {
		return false, nil
	}
	if st.LastSeenAt == nil || now.Sub(*st.LastSeenAt) >= heartbeatWriteEvery {
		if err := s.touch(system(ctx), deviceID, now); err != nil {
			return true, err
		}
	}
	return true, nil
}
