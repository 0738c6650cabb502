package licensing

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/events"
)

// heartbeatWriteEvery bounds how stale devices.last_seen_at may be: a heartbeat writes it
// only when the stored value is older. The floating idle time is counted in minutes, so a
// minute's error is harmless, and a licensed device's heartbeat is then one read, no write.
const heartbeatWriteEvery = time.Minute

// DeviceInfo is what the app says about the device at login.
type DeviceInfo struct {
	Code     string
	Name     *string
	Platform *string
}

func (in DeviceInfo) validate() (DeviceInfo, error) {
	code := strings.TrimSpace(in.Code)
	if err := checkText("deviceCode", code, 200, true); err != nil {
		return in, err
	}
	out := DeviceInfo{Code: code}
	var err error
	if out.Name, err = optionalText("deviceName", in.Name, 200); err != nil {
		return in, err
	}
	if out.Platform, err = optionalText("platform", in.Platform, 100); err != nil {
		return in, err
	}
	return out, nil
}

func checkText(name, s string, max int, required bool) error {
	// The store bounds lengths in bytes of UTF-8, so the message does too.
	switch {
	case !utf8.ValidString(s):
		return apperr.BadInputf("%s must be valid UTF-8 text", name)
	case required && s == "":
		return apperr.BadInputf("%s must not be empty", name)
	case len(s) > max:
		return apperr.BadInputf("%s must be at most %d bytes long (UTF-8), not %d", name, max, len(s))
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return apperr.BadInputf("%s must contain printable characters only", name)
		}
	}
	return nil
}

// optionalText trims; empty means "not told" (the stored value is kept).
func optionalText(name string, s *string, max int) (*string, error) {
	if s == nil {
		return nil, nil
	}
	t := strings.TrimSpace(*s)
	if t == "" {
		return nil, nil
	}
	if err := checkText(name, t, max, false); err != nil {
		return nil, err
	}
	return &t, nil
}

// DeviceLogin registers the device on first sight and gives it a license if it has none.
// Without one it returns NO_LICENSE_AVAILABLE (or LICENSE_EXPIRED); the device stays
// registered and is returned with the error. Logging in clears the device's inactive flag:
// a login shows it is in use again.
func (s *Service) DeviceLogin(ctx context.Context, u *ent.User, in DeviceInfo) (*ent.Device, error) {
	if u == nil || u.AccountID == nil {
		return nil, apperr.Forbiddenf("only users of an enterprise account log in on a device")
	}
	info, err := in.validate()
	if err != nil {
		return nil, err
	}
	accountID := *u.AccountID
	who := requester{ID: u.ID, Email: u.Email, Permissions: u.Permissions}
	v := &auth.Viewer{UserID: u.ID, AccountID: accountID, Role: string(u.Role), Kind: auth.KindUser, Email: u.Email, Permissions: u.Permissions}
	if err := s.authz.Require(auth.WithViewer(ctx, v), "device.login", authz.Resource{Type: "device", AccountID: accountID, Fields: map[string]any{"code": info.Code}}); err != nil {
		return nil, err
	}
	sys := system(ctx)
	d, err := s.register(sys, accountID, u.ID, info)
	if err != nil {
		return nil, err
	}
	acct, err := s.db.Client.Account.Get(sys, accountID)
	if err != nil {
		return nil, err
	}
	if expired(acct.ExpiresAt, s.now()) {
		if err := s.recordExpiry(sys, acct); err != nil {
			return nil, err
		}
		return d, expiredError(acct.ExpiresAt)
	}
	has, err := s.db.Client.License.Query().Where(license.DeviceID(d.ID)).Exist(sys)
	if err != nil || has {
		return d, err
	}
	fp := s.activeFloating(sys, accountID)
	var denied string
	err = s.inTx(sys, func(tx *ent.Tx) error {
		acct, err := s.lockAccount(sys, tx, accountID)
		if err != nil {
			return err
		}
		if held, err := s.seatOf(sys, tx, d.ID); err != nil || held != nil {
			return err // a concurrent login of the same device got it one
		}
		dev, err := tx.Device.Get(sys, d.ID)
		if err != nil {
			return err
		}
		_, denied, err = s.allocate(sys, tx, acct, dev, who, fp, false)
		return err
	})
	if err != nil {
		return nil, err
	}
	if d, err = s.db.Client.Device.Get(sys, d.ID); err != nil {
		return nil, err
	}
	if denied != "" {
		return d, apperr.New(apperr.NoLicenseAvailable, "no license for this device: %s", denied)
	}
	return d, nil
}

// register inserts the device or updates the one of this (account, code); concurrent first
// logins of one code meet in the ON CONFLICT clause instead of failing on the unique index.
func (s *Service) register(ctx context.Context, accountID, userID int, info DeviceInfo) (*ent.Device, error) {
	now := s.now()
	err := s.db.Client.Device.Create().
		SetAccountID(accountID).
		SetCode(info.Code).
		SetNillableName(info.Name).
		SetNillablePlatform(info.Platform).
		SetLastUserID(userID).
		SetLastSeenAt(now).
		SetCreatedAt(now).
		OnConflictColumns(device.FieldAccountID, device.FieldCode).
		Update(func(up *ent.DeviceUpsert) {
			up.UpdateLastUserID()
			up.UpdateLastSeenAt()
			up.SetInactive(false)
			if info.Name != nil {
				up.UpdateName()
			}
			if info.Platform != nil {
				up.UpdatePlatform()
			}
		}).
		Exec(ctx)
	if err != nil {
		return nil, fmt.Errorf("register device: %w", err)
	}
	return s.db.Client.Device.Query().Where(device.AccountID(accountID), device.Code(info.Code)).Only(ctx)
}

func expired(expiresAt, now time.Time) bool { return !now.Before(expiresAt) }

func expiredError(at time.Time) error {
	return apperr.New(apperr.LicenseExpired, "the account's licenses expired on %s; ask your admin to renew", at.UTC().Format("2006-01-02"))
}

// recordExpiry writes the EXPIRED event once per expiration date (Account.expiry_recorded).
func (s *Service) recordExpiry(ctx context.Context, acct *ent.Account) error {
	if acct.ExpiryRecorded {
		return nil
	}
	return s.inTx(ctx, func(tx *ent.Tx) error {
		a, err := s.lockAccount(ctx, tx, acct.ID)
		if err != nil || a.ExpiryRecorded || !expired(a.ExpiresAt, s.now()) {
			return err
		}
		reason := fmt.Sprintf("the account's licenses expired on %s", a.ExpiresAt.UTC().Format("2006-01-02"))
		if err := s.record(ctx, tx, events.Event{AccountID: a.ID, Type: enums.EventExpired, Reason: &reason}); err != nil {
			return err
		}
		return tx.Account.UpdateOneID(a.ID).SetExpiryRecorded(true).Exec(ctx)
	})
}

// Heartbeat marks the device seen (at most every heartbeatWriteEvery), says whether it is
// licensed, and for a device that lost a floating license tries to get one back through the
// same FLOATING decision as a login. A heartbeat never writes DENIED: a failed attempt is
// silent and repeated at the next heartbeat, so the log is not flooded.
func (s *Service) Heartbeat(ctx context.Context) (*HeartbeatPayload, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.DeviceID == 0 {
		return nil, apperr.BadInputf("heartbeat needs a device session: log in with a deviceCode")
	}
	sys := system(ctx)
	now := s.now()
	if ok, err := s.quickHeartbeat(ctx, v.DeviceID, v.AccountID, now); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return &HeartbeatPayload{Licensed: true}, nil // Device: not wanted (WithoutDevice)
	}
	d, st, err := s.heartbeatRead(sys, v.DeviceID)
	if ent.IsNotFound(err) || (err == nil && v.AccountID != 0 && d.AccountID != v.AccountID) {
		return nil, apperr.NotFoundf("this session's device no longer exists: log in again")
	}
	if err != nil {
		return nil, err
	}
	if d.LastSeenAt == nil || now.Sub(*d.LastSeenAt) >= heartbeatWriteEvery {
		if err := s.touch(sys, d.ID, now); err != nil {
			return nil, err
		}
		d.LastSeenAt = &now
	}
	if expired(st.expiresAt, now) {
		if !st.expiryRecorded {
			if err := s.recordExpiry(sys, &ent.Account{ID: d.AccountID}); err != nil {
				return nil, err
			}
		}
		return &HeartbeatPayload{Device: d, Licensed: false}, nil
	}
	if st.licensed || d.FloatingLostAt == nil {
		return &HeartbeatPayload{Device: d, Licensed: st.licensed}, nil
	}
	got, err := s.reacquire(sys, d, requester{ID: v.UserID, Email: v.Email, Permissions: v.Permissions})
	if err != nil || !got {
		return &HeartbeatPayload{Device: d, Licensed: false}, err
	}
	if d, err = s.db.Client.Device.Get(sys, d.ID); err != nil {
		return nil, err
	}
	return &HeartbeatPayload{Device: d, Licensed: true}, nil
}

// touch writes the device's last_seen_at. A bulk update is one statement; UpdateOne would
// add a transaction and a re-read.
func (s *Service) touch(ctx context.Context, deviceID int, now time.Time) error {
	return s.db.Client.Device.Update().Where(device.ID(deviceID)).SetLastSeenAt(now).Exec(ctx)
}

type heartbeatState struct {
	licensed       bool
	expiresAt      time.Time
	expiryRecorded bool
}

// heartbeatRead loads the device, its seat's status and its account's expiry in one query.
// The device id is written into the query as an integer literal: a query without parameters
// goes over Postgres's simple protocol, one round trip instead of lib/pq's two (prepare, then
// execute), which is most of a heartbeat's time.
func (s *Service) heartbeatRead(ctx context.Context, deviceID int) (*ent.Device, heartbeatState, error) {
	q := s.db.Client.Device.Query().Where(func(sel *entsql.Selector) {
		sel.Where(entsql.ExprP(sel.C(device.FieldID) + " = " + strconv.Itoa(deviceID)))
	})
	q.Modify(func(sel *entsql.Selector) {
		l := entsql.Table(license.Table).As("seat")
		a := entsql.Table(account.Table).As("acct")
		sel.LeftJoin(l).On(sel.C(device.FieldID), l.C(license.FieldDeviceID)).
			Join(a).On(sel.C(device.FieldAccountID), a.C(account.FieldID)).
			AppendSelectExprAs(entsql.Expr("COALESCE("+l.C(license.FieldStatus)+", 'NONE')"), licenseStatusColumn).
			AppendSelectAs(a.C(account.FieldExpiresAt), "account_expires_at").
			AppendSelectAs(a.C(account.FieldExpiryRecorded), "account_expiry_recorded")
	})
	d, err := q.Only(ctx)
	if err != nil {
		return nil, heartbeatState{}, err
	}
	var st heartbeatState
	status, _ := selectedStatus(d)
	st.licensed = status != enums.StatusNone
	raw, err := d.Value("account_expires_at")
	if err != nil {
		return nil, st, err
	}
	if st.expiresAt, err = asTime(raw); err != nil {
		return nil, st, err
	}
	raw, _ = d.Value("account_expiry_recorded")
	st.expiryRecorded = asBool(raw)
	return d, st, nil
}

// reacquire tries to get a device that lost its floating license a new one. The decision is
// first made on a snapshot without any lock, so that while nothing can be had a heartbeat
// only reads; when it looks possible, it is made again under the account lock and acted on.
func (s *Service) reacquire(ctx context.Context, d *ent.Device, who requester) (bool, error) {
	acct, err := s.db.Client.Account.Get(ctx, d.AccountID)
	if err != nil {
		return false, err
	}
	fp := s.activeFloating(ctx, d.AccountID)
	in, err := s.floatingInput(ctx, s.db.Client, acct, d, who)
	if err != nil {
		return false, err
	}
	if _, denied := s.decide(ctx, fp, in); denied != "" {
		return false, nil
	}
	var seat *ent.License
	err = s.inTx(ctx, func(tx *ent.Tx) error {
		acct, err := s.lockAccount(ctx, tx, d.AccountID)
		if err != nil {
			return err
		}
		if held, err := s.seatOf(ctx, tx, d.ID); err != nil || held != nil {
			seat = held
			return err
		}
		dev, err := tx.Device.Get(ctx, d.ID)
		if err != nil || dev.FloatingLostAt == nil {
			return err
		}
		seat, _, err = s.allocate(ctx, tx, acct, dev, who, fp, true)
		return err
	})
	return seat != nil, err
}

// ReleaseOnLogout returns a FLOATING license of the viewer's device to the pool (RELEASED).
// STANDARD and admin-reserved (ASSIGNED) licenses stay with the device. Like the ASSIGNED
// event of a login, RELEASED names the user and no actor: the system did it.
func (s *Service) ReleaseOnLogout(ctx context.Context, v *auth.Viewer) error {
	if v == nil || v.DeviceID == 0 {
		return nil
	}
	sys := system(ctx)
	d, err := s.db.Client.Device.Get(sys, v.DeviceID)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.inTx(sys, func(tx *ent.Tx) error {
		if _, err := s.lockAccount(sys, tx, d.AccountID); err != nil {
			return err
		}
		seat, err := s.seatOf(sys, tx, d.ID)
		if err != nil || seat == nil || seat.Pool != enums.PoolFloating || seat.Status == enums.StatusAssigned {
			return err
		}
		if err := s.free(sys, tx, seat); err != nil {
			return err
		}
		if err := tx.Device.UpdateOneID(d.ID).SetFloatingLostAt(s.now()).Exec(sys); err != nil {
			return err
		}
		u := requester{ID: v.UserID, Email: v.Email}.person()
		return s.record(sys, tx, events.Event{
			AccountID: d.AccountID, Type: enums.EventReleased, Pool: ptr(seat.Pool), LicenseID: &seat.ID,
			DeviceID: &d.ID, UserID: u.ID, UserEmail: u.Email, Reason: ptr("the user logged out"),
		})
	})
}
