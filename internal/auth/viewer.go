package auth

import (
	"context"
	"slices"
	"sync"

	"github.com/countthings/countthings/ent/schema/enums"
)

// Roles of a Viewer: the Role enum's values (ent/schema/enums), as the strings a Viewer
// and the policy input carry.
const (
	RoleSupport  = string(enums.RoleSupport)
	RoleAdmin    = string(enums.RoleAdmin)
	RoleOperator = string(enums.RoleOperator)
)

// Viewer kinds: who authenticated.
const (
	KindUser     = "user"
	KindAPIToken = "api_token"
)

// Viewer is the authenticated caller of a request.
type Viewer struct {
	UserID      int
	AccountID   int    // 0 for SUPPORT
	Role        string // RoleSupport, RoleAdmin or RoleOperator
	Kind        string // KindUser or KindAPIToken
	Email       string
	Permissions []string
	SessionID   int
	DeviceID    int // 0 for a web session
	TokenID     int // set for an API token
}

// HasPermission reports whether the viewer was given permission p.
func (v *Viewer) HasPermission(p string) bool {
	return v != nil && slices.Contains(v.Permissions, p)
}

type viewerKey struct{}

type systemKey struct{}

// WithViewer returns ctx carrying v.
func WithViewer(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// ViewerFrom returns the viewer of ctx, if any: the authenticated one, or the one a login
// earlier in the same request signed in.
func ViewerFrom(ctx context.Context) (*Viewer, bool) {
	if v, ok := ctx.Value(viewerKey{}).(*Viewer); ok && v != nil {
		return v, true
	}
	if s, ok := ctx.Value(slotKey{}).(*viewerSlot); ok {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.v, s.v != nil
	}
	return nil, false
}

type slotKey struct{}

type viewerSlot struct {
	mu sync.Mutex
	v  *Viewer
}

// WithViewerSlot prepares an anonymous request's ctx so that a successful login can make
// the rest of the request (the login payload's fields) resolve as the new viewer.
func WithViewerSlot(ctx context.Context) context.Context {
	return context.WithValue(ctx, slotKey{}, &viewerSlot{})
}

// SignedIn makes v the viewer of the rest of the request, if ctx has a slot for it.
func SignedIn(ctx context.Context, v *Viewer) {
	if s, ok := ctx.Value(slotKey{}).(*viewerSlot); ok {
		s.mu.Lock()
		s.v = v
		s.mu.Unlock()
	}
}

// WithSystem marks ctx as an internal job's, which bypasses tenant filters.
func WithSystem(ctx context.Context) context.Context {
	return context.WithValue(ctx, systemKey{}, true)
}

// IsSystem reports whether ctx was marked by WithSystem.
func IsSystem(ctx context.Context) bool {
	b, _ := ctx.Value(systemKey{}).(bool)
	return b
}

// SeesEveryAccount reports whether ctx reaches every account's data: an internal job's, or
// a SUPPORT user's (a SUPPORT role on an API token gives nothing more than its account).
func SeesEveryAccount(ctx context.Context) bool {
	if IsSystem(ctx) {
		return true
	}
	v, ok := ViewerFrom(ctx)
	return ok && v.Role == RoleSupport && v.Kind == KindUser
}
