package identity

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect/sql"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/intercept"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/ent/webhook"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
)

// InstallTenantIsolation confines every query and write of c to the viewer's account,
// whatever the calling code forgot to check. SUPPORT and system contexts see everything;
// a context with neither a viewer nor the system flag sees nothing and writes nothing.
func InstallTenantIsolation(c *ent.Client) {
	c.Intercept(intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
		if p := readFilter(scopeOf(ctx), q.Type()); p != nil {
			q.WhereP(p)
		}
		return nil
	}))
	c.Use(tenantHook)
}

// scope is what a context may reach: everything, one account, or nothing.
type scope struct {
	all     bool
	account int
	viewer  *auth.Viewer
}

func scopeOf(ctx context.Context) scope {
	v, ok := auth.ViewerFrom(ctx)
	switch {
	case auth.SeesEveryAccount(ctx):
		return scope{all: true, viewer: v}
	case !ok:
		return scope{}
	}
	return scope{account: v.AccountID, viewer: v}
}

func nothing(s *sql.Selector) { s.Where(sql.False()) }

// readFilter is the predicate that confines a query of type typ (nil: no restriction).
func readFilter(sc scope, typ string) func(*sql.Selector) {
	if sc.all {
		return nil
	}
	if sc.account == 0 {
		return nothing
	}
	switch typ {
	case ent.TypeAccount:
		return sql.FieldEQ("id", sc.account)
	case ent.TypeUser, ent.TypeDevice, ent.TypeLicense, ent.TypeLicenseEvent,
		ent.TypePolicyVersion, ent.TypeAPIToken, ent.TypeWebhook:
		return sql.FieldEQ("account_id", sc.account)
	case ent.TypeSession:
		if sc.viewer.Kind != auth.KindUser || sc.viewer.UserID == 0 {
			return nothing
		}
		return sql.FieldEQ("user_id", sc.viewer.UserID)
	case ent.TypeWebhookDelivery:
		return inAccount("webhook_id", webhook.Table, sc.account)
	default: // AccountRequest and anything new: SUPPORT only until someone decides otherwise.
		return nothing
	}
}

// inAccount: column refers to a row of table that belongs to the account.
func inAccount(column, table string, account int) func(*sql.Selector) {
	return func(s *sql.Selector) {
		t := sql.Table(table)
		s.Where(sql.In(s.C(column), sql.Select(t.C("id")).From(t).Where(sql.EQ(t.C("account_id"), account))))
	}
}

// writeFilter confines updates and deletes; sessions are writable for every user of the account
// (an admin disabling a user revokes that user's sessions).
func writeFilter(sc scope, typ string) func(*sql.Selector) {
	switch typ {
	case ent.TypeSession:
		return inAccount("user_id", user.Table, sc.account)
	default:
		return readFilter(sc, typ)
	}
}

var errNoViewerWrite = fmt.Errorf("tenant isolation: a write without a viewer or system context was refused")

// notFound is how a write into another account answers: like a missing object.
func notFound() error { return apperr.NotFoundf("no object with this ID") }

func tenantHook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		sc := scopeOf(ctx)
		if sc.all {
			return next.Mutate(ctx, m)
		}
		if sc.viewer == nil {
			return nil, errNoViewerWrite
		}
		if sc.account == 0 {
			return nil, notFound()
		}
		if m.Op().Is(ent.OpCreate) {
			if err := checkCreate(ctx, sc, m); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		}
		w, ok := m.(interface{ WhereP(...func(*sql.Selector)) })
		if !ok {
			return nil, fmt.Errorf("tenant isolation: %s mutation cannot be confined", m.Type())
		}
		w.WhereP(writeFilter(sc, m.Type()))
		return next.Mutate(ctx, m)
	})
}

// checkCreate refuses a new row that would belong to another account.
func checkCreate(ctx context.Context, sc scope, m ent.Mutation) error {
	switch m.Type() {
	case ent.TypeUser, ent.TypeDevice, ent.TypeLicense, ent.TypeLicenseEvent,
		ent.TypePolicyVersion, ent.TypeAPIToken, ent.TypeWebhook:
		v, ok := m.Field("account_id")
		if id, isInt := v.(int); !ok || !isInt || id != sc.account {
			return notFound()
		}
		return nil
	case ent.TypeSession:
		v, _ := m.Field("user_id")
		if id, _ := v.(int); id == 0 || id != sc.viewer.UserID {
			return notFound()
		}
		return nil
	case ent.TypeWebhookDelivery:
		dm, ok := m.(*ent.WebhookDeliveryMutation)
		if !ok {
			return notFound()
		}
		id, set := dm.WebhookID()
		if !set {
			return notFound()
		}
		// The webhook query is itself confined to the viewer's account.
		exists, err := dm.Client().Webhook.Query().Where(webhook.ID(id)).Exist(ctx)
		if err != nil {
			return err
		}
		if !exists {
			return notFound()
		}
		return nil
	default: // Account, AccountRequest: SUPPORT or system only.
		return notFound()
	}
}
