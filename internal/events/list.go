package events

import (
	"context"
	"github.com/countthings/countthings/internal/paging"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/account"
	"github.com/countthings/countthings/ent/licenseevent"
	"github.com/countthings/countthings/ent/predicate"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
)

// readableAccount is the account whose events the viewer asks for, once it may read them:
// its own, or for SUPPORT the one it names. Another account's id answers NOT_FOUND, as a
// missing account does, and as another account's ID does everywhere else.
func (s *Service) readableAccount(ctx context.Context, accountID *int) (int, error) {
	if auth.IsSystem(ctx) && accountID != nil {
		return *accountID, nil
	}
	v, err := authz.Viewer(ctx)
	if err != nil {
		return 0, err
	}
	target := v.AccountID
	if accountID != nil {
		target = *accountID
	}
	if target == 0 {
		return 0, apperr.BadInputf("say whose events to read: pass accountId")
	}
	if v.Role != auth.RoleSupport && target != v.AccountID {
		return 0, apperr.NotFoundf("there is no account with id %d", target)
	}
	if v.Role == auth.RoleSupport {
		ok, err := s.db.Client.Account.Query().Where(account.ID(target)).Exist(auth.WithSystem(ctx))
		if err != nil {
			return 0, apperr.Wrap(apperr.Internal, err, "reading the account failed")
		}
		if !ok {
			return 0, apperr.NotFoundf("there is no account with id %d", target)
		}
	}
	if err := s.authz.Require(ctx, "event.read", authz.Resource{Type: "event", AccountID: target}); err != nil {
		return 0, err
	}
	return target, nil
}

// List is the licenseEvents query: the account's events in commit order, filtered by type
// by device (as the device that got or lost the license), and by time ([from, to)).
func (s *Service) List(ctx context.Context, first *int, after *string, accountID *int, types []enums.LicenseEventType, deviceID *int) (*ent.LicenseEventConnection, error) {
	return s.ListBetween(ctx, first, after, accountID, types, deviceID, nil, nil)
}

// ListBetween is List with the events' time filter: [since, until), either end open when nil.
func (s *Service) ListBetween(ctx context.Context, first *int, after *string, accountID *int, types []enums.LicenseEventType, deviceID *int, since, until *time.Time) (*ent.LicenseEventConnection, error) {
	if since != nil && until != nil && !since.Before(*until) {
		return nil, apperr.BadInputf("from must be before to")
	}
	n, err := paging.Size(first, paging.Default)
	if err != nil {
		return nil, err
	}
	from, err := decodeCursor(after)
	if err != nil {
		return nil, err
	}
	acct, err := s.readableAccount(ctx, accountID)
	if err != nil {
		return nil, err
	}
	where := []predicate.LicenseEvent{licenseevent.AccountID(acct)}
	if len(types) > 0 {
		where = append(where, licenseevent.TypeIn(types...))
	}
	if deviceID != nil {
		where = append(where, licenseevent.Or(licenseevent.DeviceID(*deviceID), licenseevent.PreviousDeviceID(*deviceID)))
	}
	if since != nil {
		where = append(where, licenseevent.OccurredAtGTE(*since))
	}
	if until != nil {
		where = append(where, licenseevent.OccurredAtLT(*until))
	}
	c := s.db.Client
	total, err := c.LicenseEvent.Query().Where(where...).Count(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading license events failed")
	}
	rows, err := withEdges(c.LicenseEvent.Query().Where(where...).Where(licenseevent.SeqGT(from)).
		Order(ent.Asc(licenseevent.FieldSeq)).Limit(n + 1)).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading license events failed")
	}
	conn := &ent.LicenseEventConnection{TotalCount: total, Edges: []*ent.LicenseEventEdge{}}
	conn.PageInfo.HasPreviousPage = after != nil && from > 0
	if len(rows) > n {
		conn.PageInfo.HasNextPage = true
		rows = rows[:n]
	}
	for _, ev := range rows {
		conn.Edges = append(conn.Edges, &ent.LicenseEventEdge{Node: ev, Cursor: edgeCursor(ev.Seq)})
	}
	if l := len(conn.Edges); l > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[l-1].Cursor
	}
	return conn, nil
}

// withEdges loads what an event links to with the page, a query per edge for the whole
// page, so a client selecting device { code } or user { email } costs no query per event
// (and per subscriber, for a subscription).
func withEdges(q *ent.LicenseEventQuery) *ent.LicenseEventQuery {
	return q.WithAccount().WithDevice().WithPreviousDevice().WithUser().WithActor()
}

// Actor is who caused ev, as the viewer may see them: a user of ev's account, or, for
// SUPPORT, anyone. A SUPPORT user acting in an account is null to that account's users,
// as every user outside their account is (tenant isolation), however the event was loaded:
// the hub loads a live event's edges once, as the system, for all its subscribers.
func (s *Service) Actor(ctx context.Context, ev *ent.LicenseEvent) (*ent.User, error) {
	u, err := ev.Actor(ctx) // the loaded edge, or a query when it was not loaded
	switch {
	case err != nil:
		return nil, apperr.Wrap(apperr.Internal, err, "reading the event's actor failed")
	case u == nil:
		return nil, nil
	case u.AccountID != nil && *u.AccountID == ev.AccountID, auth.SeesEveryAccount(ctx):
		return u, nil
	}
	return nil, nil
}
