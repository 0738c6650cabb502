package licensing

import (
	"context"
	"fmt"
	"github.com/countthings/countthings/internal/paging"
	"github.com/countthings/countthings/internal/reqcache"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/authz"
)

// licenseStatusColumn is selected next to a device's columns by the queries that list
// devices, so that Device.licenseStatus needs no query of its own.
const licenseStatusColumn = "license_status"

// PoolSummary counts the account's seats per pool in one grouped query.
func (s *Service) PoolSummary(ctx context.Context, a *ent.Account) (*LicensePoolSummary, error) {
	var rows []struct {
		Pool   enums.LicensePool   `json:"pool"`
		Status enums.LicenseStatus `json:"status"`
		Count  int                 `json:"count"`
	}
	// A seat's status is NONE exactly when it is free (device_id NULL): the invariant.
	err := s.db.Client.License.Query().
		Where(license.AccountID(a.ID)).
		GroupBy(license.FieldPool, license.FieldStatus).
		Aggregate(ent.Count()).
		Scan(system(ctx), &rows)
	if err != nil {
		return nil, err
	}
	out := &LicensePoolSummary{ExpiresAt: a.ExpiresAt, Standard: &PoolCounts{}, Floating: &PoolCounts{}}
	for _, r := range rows {
		pc := out.Standard
		if r.Pool == enums.PoolFloating {
			pc = out.Floating
		}
		pc.Total += r.Count
		if r.Status == enums.StatusNone {
			pc.Unassigned += r.Count
		} else {
			pc.Assigned += r.Count
		}
	}
	out.Total = out.Standard.Total + out.Floating.Total
	out.Assigned = out.Standard.Assigned + out.Floating.Assigned
	out.Unassigned = out.Standard.Unassigned + out.Floating.Unassigned
	return out, nil
}

// Devices is the account's devices as a Relay connection. The license edge and the last
// user are eager-loaded by entgql when the query selects them, and each device's license
// status comes with its row, so a page costs a constant number of queries.
func (s *Service) Devices(ctx context.Context, a *ent.Account, first *int, after *string, where *DeviceWhereInput, orderBy *ent.DeviceOrder) (*ent.DeviceConnection, error) {
	if v, err := authz.Viewer(ctx); err == nil && v.AccountID != 0 && v.AccountID != a.ID {
		return nil, apperr.NotFoundf("no such account")
	}
	if err := s.authz.Require(ctx, "device.read", authz.Resource{Type: "device", AccountID: a.ID}); err != nil {
		return nil, err
	}
	n, err := paging.Size(first, paging.Default)
	if err != nil {
		return nil, err
	}
	cursor, err := paging.Cursor(after)
	if err != nil {
		return nil, err
	}
	if orderBy != nil && orderBy.Field == nil {
		return nil, apperr.BadInputf("orderBy needs a field")
	}
	q := s.db.Client.Device.Query().Where(device.AccountID(a.ID))
	if wantsStatus(ctx) {
		q.Modify(selectLicenseStatus)
	}
	filter := ent.WithDeviceFilter(func(q *ent.DeviceQuery) (*ent.DeviceQuery, error) { return filterDevices(q, where) })
	if orderBy != nil && orderBy.Field.String() == ent.DeviceOrderFieldLastSeenAt.String() {
		return s.devicesBySeen(ctx, a, q, cursor, n, orderBy, where, filter)
	}
	return q.Paginate(ctx, cursor, &n, nil, nil, ent.WithDeviceOrder(orderBy), filter)
}

// devicesBySeen pages devices by last_seen_at with the devices never seen as the oldest:
// first in ascending order, last in descending order. entgql's cursor compares a NULL like
// any value, so that a page after a device never seen (or before one) lost the devices on
// the other side of the NULLs; the cursor is applied here instead, and the pager only orders.
func (s *Service) devicesBySeen(ctx context.Context, a *ent.Account, q *ent.DeviceQuery, cursor *ent.Cursor, n int,
	orderBy *ent.DeviceOrder, where *DeviceWhereInput, filter ent.DevicePaginateOption) (*ent.DeviceConnection, error) {
	desc := orderBy.Direction == entgql.OrderDirectionDesc
	q.Order(func(s *entsql.Selector) {
		never := s.C(device.FieldLastSeenAt) + " IS NULL"
		if !desc {
			never += " DESC"
		}
		s.OrderExpr(entsql.Expr(never))
	})
	if cursor != nil {
		seen, at, err := seenCursor(cursor)
		if err != nil {
			return nil, err
		}
		q.Where(func(s *entsql.Selector) {
			col, id := s.C(device.FieldLastSeenAt), s.C(device.FieldID)
			switch {
			case !desc && !seen: // the rest of the devices never seen, then every one seen
				s.Where(entsql.Or(entsql.And(entsql.IsNull(col), entsql.GT(id, cursor.ID)), entsql.NotNull(col)))
			case !desc && seen:
				s.Where(entsql.And(entsql.NotNull(col), entsql.Or(entsql.GT(col, at), entsql.And(entsql.EQ(col, at), entsql.GT(id, cursor.ID)))))
			case desc && seen: // the rest of the devices seen, then every one never seen
				s.Where(entsql.Or(entsql.LT(col, at), entsql.And(entsql.EQ(col, at), entsql.LT(id, cursor.ID)), entsql.IsNull(col)))
			default:
				s.Where(entsql.And(entsql.IsNull(col), entsql.LT(id, cursor.ID)))
			}
		})
	}
	conn, err := q.Paginate(ctx, nil, &n, nil, nil, ent.WithDeviceOrder(orderBy), filter)
	if err != nil || cursor == nil {
		return conn, err
	}
	// The pager counted what follows the cursor: totalCount is every device of the filter.
	all, err := filterDevices(s.db.Client.Device.Query().Where(device.AccountID(a.ID)), where)
	if err != nil {
		return nil, err
	}
	if conn.TotalCount, err = all.Count(ctx); err != nil {
		return nil, err
	}
	return conn, nil
}

// seenCursor is the last_seen_at a LAST_SEEN_AT cursor carries (seen false: never seen).
func seenCursor(c *ent.Cursor) (seen bool, at time.Time, err error) {
	switch v := c.Value.(type) {
	case nil:
		return false, time.Time{}, nil
	case time.Time:
		return true, v, nil
	case *time.Time:
		if v == nil {
			return false, time.Time{}, nil
		}
		return true, *v, nil
	}
	return false, time.Time{}, apperr.BadInputf("after is not a cursor of this order: pass an endCursor you were given with the same orderBy")
}

// DevicesLastUsedBy are the devices the user last used, by code. As a page of devices, they
// come with their license status and, when the query selects them, their license and last
// user (field collection): a constant number of statements however many there are.
func (s *Service) DevicesLastUsedBy(ctx context.Context, userID int) ([]*ent.Device, error) {
	q, err := s.db.Client.Device.Query().Where(device.LastUserID(userID)).Order(device.ByCode()).
		CollectFields(ctx, "Device")
	if err != nil {
		return nil, err
	}
	if wantsStatus(ctx) {
		q.Modify(selectLicenseStatus)
	}
	return q.All(ctx)
}

func filterDevices(q *ent.DeviceQuery, w *DeviceWhereInput) (*ent.DeviceQuery, error) {
	if w == nil {
		return q, nil
	}
	if w.Code != nil {
		q = q.Where(device.CodeContainsFold(strings.TrimSpace(*w.Code)))
	}
	if w.Inactive != nil {
		q = q.Where(device.Inactive(*w.Inactive))
	}
	if w.UserEmail != nil {
		q = q.Where(device.HasLastUserWith(user.EmailEqualFold(strings.TrimSpace(*w.UserEmail))))
	}
	if w.LicenseStatus != nil {
		switch st := *w.LicenseStatus; st {
		case enums.StatusNone:
			q = q.Where(device.Not(device.HasLicense()))
		case enums.StatusActive, enums.StatusAssigned:
			q = q.Where(device.HasLicenseWith(license.StatusEQ(st)))
		default:
			return nil, apperr.BadInputf("licenseStatus %q is not one of ACTIVE, ASSIGNED, NONE", st)
		}
	}
	return q, nil
}

type noStatusKey struct{}

// WithoutStatus says the caller will not read the listed devices' license status (GraphQL:
// licenseStatus is not selected), so a list of devices need not select it with each row:
// a subquery per row for Postgres, and an extra column ent scans by asking the driver for
// every column's type, per row.
func WithoutStatus(ctx context.Context) context.Context {
	return context.WithValue(ctx, noStatusKey{}, true)
}

func wantsStatus(ctx context.Context) bool {
	without, _ := ctx.Value(noStatusKey{}).(bool)
	return !without
}

// selectLicenseStatus adds the device's license status as a column of its row.
func selectLicenseStatus(sel *entsql.Selector) {
	sel.AppendSelectExprAs(entsql.Expr(fmt.Sprintf(
		"COALESCE((SELECT %s FROM %s WHERE %s = %s), 'NONE')",
		license.FieldStatus, license.Table, license.FieldDeviceID, sel.C(device.FieldID),
	)), licenseStatusColumn)
}

// selectedStatus is the license status selected with the device's row, if it was.
func selectedStatus(d *ent.Device) (enums.LicenseStatus, bool) {
	v, err := d.Value(licenseStatusColumn)
	if err != nil || v == nil {
		return "", false
	}
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return "", false
	}
	return enums.LicenseStatus(s), true
}

// LicenseStatus is the device's status: its seat's, or NONE. It uses what the device was
// loaded with (the selected status column, or a fully loaded license edge) before asking.
func (s *Service) LicenseStatus(ctx context.Context, d *ent.Device) (enums.LicenseStatus, error) {
	if st, ok := selectedStatus(d); ok {
		return st, nil
	}
	if l, err := d.Edges.LicenseOrErr(); err == nil {
		if l == nil {
			return enums.StatusNone, nil
		}
		if l.Status != "" {
			return l.Status, nil
		}
	}
	l, err := s.db.Client.License.Query().Where(license.DeviceID(d.ID)).Only(system(ctx))
	if ent.IsNotFound(err) {
		return enums.StatusNone, nil
	}
	if err != nil {
		return enums.StatusNone, err
	}
	return l.Status, nil
}

// ExpiresAt is a license's expiration: its account's one date.
func (s *Service) ExpiresAt(ctx context.Context, l *ent.License) (*time.Time, error) {
	if a, err := l.Edges.AccountOrErr(); err == nil && a != nil {
		return &a.ExpiresAt, nil
	}
	// Every license of a page shares its account's date: load it once per request.
	t, err := reqcache.Get(ctx, expiryKey(l.AccountID), func() (time.Time, error) {
		a, err := s.db.Client.Account.Get(system(ctx), l.AccountID)
		if err != nil {
			return time.Time{}, err
		}
		return a.ExpiresAt, nil
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

type expiryKey int

func asTime(v any) (time.Time, error) {
	switch v := v.(type) {
	case time.Time:
		return v, nil
	case string:
		return parseTime(v)
	case []byte:
		return parseTime(string(v))
	}
	return time.Time{}, fmt.Errorf("unexpected time value %T", v)
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unexpected time value %q", s)
}

func asBool(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	case []byte:
		return string(v) == "1" || string(v) == "true"
	case string:
		return v == "1" || v == "true"
	}
	return false
}
