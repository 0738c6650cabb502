// Package licensing is the heart of the product: devices, the seats of each account's pool,
// allocation at login, admin moves, floating reclaims, and the one expiration date.
package licensing

import (
	"context"
	"log/slog"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/graph/model"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/events"
	"github.com/countthings/countthings/policy"
)

// Service runs license operations.
type Service struct {
	db       *database.DB
	authz    *authz.Authorizer
	engine   *policy.Engine
	versions authz.ActiveVersions
	notifier events.Notifier
	now      func() time.Time
	log      *slog.Logger
}

// New returns the licensing service.
func New(db *database.DB, az *authz.Authorizer, engine *policy.Engine, versions authz.ActiveVersions, n events.Notifier, now func() time.Time, log *slog.Logger) *Service {
	return &Service{db: db, authz: az, engine: engine, versions: versions, notifier: n, now: now, log: log}
}

// DeviceInfo is what the app says about the device at login.
type DeviceInfo struct {
	Code     string
	Name     *string
	Platform *string
}

// DeviceLogin registers the device on first sight and gives it a license if it has none.
// Without one it returns NO_LICENSE_AVAILABLE (or LICENSE_EXPIRED); the device stays registered.
func (s *Service) DeviceLogin(ctx context.Context, u *ent.User, in DeviceInfo) (*ent.Device, error) {
	return nil, apperr.Pending("device login")
}

// ReleaseOnLogout returns a FLOATING license of the viewer's device to the pool.
func (s *Service) ReleaseOnLogout(ctx context.Context, v *auth.Viewer) error {
	return apperr.Pending("logout release")
}

func (s *Service) Heartbeat(ctx context.Context) (*model.HeartbeatPayload, error) {
	return nil, apperr.Pending("heartbeat")
}

func (s *Service) Assign(ctx context.Context, deviceID int, pool *enums.LicensePool) (*ent.Device, error) {
	return nil, apperr.Pending("assignLicense")
}

func (s *Service) Remove(ctx context.Context, deviceID int) (*ent.Device, error) {
	return nil, apperr.Pending("removeLicense")
}

func (s *Service) Move(ctx context.Context, fromDeviceID, toDeviceID int) (*ent.Device, error) {
	return nil, apperr.Pending("moveLicense")
}

func (s *Service) SetInactive(ctx context.Context, deviceID int, inactive bool) (*ent.Device, error) {
	return nil, apperr.Pending("setDeviceInactive")
}

func (s *Service) PoolSummary(ctx context.Context, a *ent.Account) (*model.LicensePoolSummary, error) {
	return nil, apperr.Pending("account.licensePool")
}

func (s *Service) Devices(ctx context.Context, a *ent.Account, first *int, after *string, where *model.DeviceWhereInput, orderBy *ent.DeviceOrder) (*ent.DeviceConnection, error) {
	return nil, apperr.Pending("account.devices")
}

// LicenseStatus is the device's status: its seat's, or NONE.
func (s *Service) LicenseStatus(ctx context.Context, d *ent.Device) (enums.LicenseStatus, error) {
	return enums.StatusNone, apperr.Pending("device.licenseStatus")
}

// ExpiresAt is a license's expiration: its account's one date.
func (s *Service) ExpiresAt(ctx context.Context, l *ent.License) (*time.Time, error) {
	return nil, apperr.Pending("license.expiresAt")
}

func (s *Service) Renew(ctx context.Context, accountID int, in model.RenewAccountInput) (*ent.Account, error) {
	return nil, apperr.Pending("renewAccount")
}
