package policy

import (
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/open-policy-agent/opa/v1/ast"
)

// Subject is who asks: a user or an API token (API.md, "The policy contract").
type Subject struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"` // "user" or "api_token"
	Email       string   `json:"email"`
	Role        string   `json:"role"` // SUPPORT, ADMIN or OPERATOR
	Permissions []string `json:"permissions"`
	AccountID   string   `json:"accountId"`
	Disabled    bool     `json:"disabled"`
}

// PermissionInput is the input document of the base and PERMISSIONS policies.
type PermissionInput struct {
	Subject  Subject        `json:"subject"`
	Action   string         `json:"action"`
	Resource map[string]any `json:"resource"` // type, id, accountId and the object's fields
	Now      time.Time      `json:"now"`
}

// FloatingInput is the input document of a FLOATING policy.
type FloatingInput struct {
	Account  FloatingAccount       `json:"account"`
	Device   FloatingDevice        `json:"device"`
	User     FloatingUser          `json:"user"`
	Pools    map[string]PoolCounts `json:"pools"`
	Holders  []Holder              `json:"holders"`
	Settings FloatingSettings      `json:"settings"`
	Now      time.Time             `json:"now"`
}

type FloatingAccount struct {
	ID   string `json:"id"`
	Type string `json:"type"` // STANDARD, FLOATING or MIXED
}

type FloatingDevice struct {
	ID   string `json:"id"`
	Code string `json:"code"`
	Name string `json:"name"`
}

type FloatingUser struct {
	ID          string   `json:"id"`
	Email       string   `json:"email"`
	Permissions []string `json:"permissions"`
}

type PoolCounts struct {
	Total int `json:"total"`
	Free  int `json:"free"`
}

// Holder is a device currently holding a seat of the account.
type Holder struct {
	DeviceID        string     `json:"deviceId"`
	Code            string     `json:"code"`
	Pool            string     `json:"pool"`
	Status          string     `json:"status"` // ACTIVE or ASSIGNED
	LastSeenAt      *time.Time `json:"lastSeenAt"`
	IdleMinutes     int        `json:"idleMinutes"`
	UserEmail       string     `json:"userEmail"`
	UserPermissions []string   `json:"userPermissions"`
	// Inactive: the admin flagged the device inactive (a natural first to lose a floating license).
	Inactive bool `json:"inactive"`
}

type FloatingSettings struct {
	FloatingIdleMinutes int    `json:"floatingIdleMinutes"`
	PriorityPermission  string `json:"priorityPermission"`
}

// The inputs are built as ast values directly: no JSON round trip per request.

// Keys of the permission input, built once.
var (
	keySubject     = ast.StringTerm("subject")
	keyAction      = ast.StringTerm("action")
	keyResource    = ast.StringTerm("resource")
	keyNow         = ast.StringTerm("now")
	keyID          = ast.StringTerm("id")
	keyKind        = ast.StringTerm("kind")
	keyEmail       = ast.StringTerm("email")
	keyRole        = ast.StringTerm("role")
	keyPermissions = ast.StringTerm("permissions")
	keyAccountID   = ast.StringTerm("accountId")
	keyDisabled    = ast.StringTerm("disabled")
)

// vocabulary holds a term for each string constant of the shipped permission policies
// (actions, roles, kinds, permission strings, resource types): inputs share those
// rather than allocating their own. Terms in an input are never modified.
var vocabulary = func() map[string]*ast.Term {
	words := map[string]*ast.Term{}
	for _, file := range []string{"base.rego", "permissions.rego"} {
		module, err := ast.ParseModuleWithOpts(file, mustRead(file), ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			continue // NewEngine reports it
		}
		ast.WalkTerms(module, func(t *ast.Term) bool {
			if s, ok := t.Value.(ast.String); ok && len(s) <= 64 {
				words[string(s)] = ast.StringTerm(string(s))
			}
			return false
		})
	}
	for _, s := range []string{"user", "api_token", "SUPPORT", "ADMIN", "OPERATOR"} {
		words[s] = ast.StringTerm(s)
	}
	return words
}()

// word is s as a term, shared when s is a word of the shipped policies.
func word(s string) *ast.Term {
	if t, ok := vocabulary[s]; ok {
		return t
	}
	return ast.StringTerm(s)
}

func (in PermissionInput) value() (ast.Value, error) {
	var resource ast.Value
	if in.Resource != nil {
		v, err := ast.InterfaceToValue(in.Resource)
		if err != nil {
			return nil, fmt.Errorf("policy: resource: %w", err)
		}
		resource = v.(ast.Object)
	} else {
		resource = ast.NewObject()
	}
	return ast.NewObject(
		[2]*ast.Term{keySubject, in.Subject.term()},
		[2]*ast.Term{keyAction, word(in.Action)},
		[2]*ast.Term{keyResource, ast.NewTerm(resource)},
		[2]*ast.Term{keyNow, nowTerm(in.Now)},
	), nil
}

// subjectTerms remembers the input objects of recent subjects by id: the checks of a
// request, and the requests of a session, ask about the same subject again and again. An
// entry answers only for an equal subject. Input terms are only read by evaluations, so
// one may serve many at once.
var subjectTerms = func() *lru.Cache[string, subjectTerm] {
	c, _ := lru.New[string, subjectTerm](256)
	return c
}()

type subjectTerm struct {
	s    Subject
	term *ast.Term
}

// term is the subject's input object.
func (s Subject) term() *ast.Term {
	if c, ok := subjectTerms.Get(s.ID); ok && c.s.equal(s) {
		return c.term
	}
	t := ast.NewTerm(s.value())
	kept := s
	kept.Permissions = slices.Clone(s.Permissions) // the caller's slice may change
	subjectTerms.Add(s.ID, subjectTerm{s: kept, term: t})
	return t
}

func (s Subject) equal(o Subject) bool {
	return s.ID == o.ID && s.Kind == o.Kind && s.Email == o.Email && s.Role == o.Role &&
		s.AccountID == o.AccountID && s.Disabled == o.Disabled && slices.Equal(s.Permissions, o.Permissions)
}

func (s Subject) value() ast.Object {
	permissions := make([]*ast.Term, len(s.Permissions))
	for i, p := range s.Permissions {
		permissions[i] = word(p)
	}
	return ast.NewObject(
		[2]*ast.Term{keyID, ast.StringTerm(s.ID)},
		[2]*ast.Term{keyKind, word(s.Kind)},
		[2]*ast.Term{keyEmail, ast.StringTerm(s.Email)},
		[2]*ast.Term{keyRole, word(s.Role)},
		[2]*ast.Term{keyPermissions, ast.ArrayTerm(permissions...)},
		[2]*ast.Term{keyAccountID, ast.StringTerm(s.AccountID)},
		[2]*ast.Term{keyDisabled, ast.InternedTerm(s.Disabled)},
	)
}

func (in FloatingInput) value() ast.Value {
	pools := ast.NewObject()
	for name, c := range in.Pools {
		pools.Insert(ast.StringTerm(name), ast.ObjectTerm(
			field("total", ast.InternedTerm(c.Total)),
			field("free", ast.InternedTerm(c.Free)),
		))
	}
	holders := make([]*ast.Term, len(in.Holders))
	for i, h := range in.Holders {
		lastSeen := ast.NullTerm()
		if h.LastSeenAt != nil {
			lastSeen = timeTerm(*h.LastSeenAt)
		}
		holders[i] = ast.ObjectTerm(
			field("deviceId", ast.StringTerm(h.DeviceID)),
			field("code", ast.StringTerm(h.Code)),
			field("pool", ast.StringTerm(h.Pool)),
			field("status", ast.StringTerm(h.Status)),
			field("lastSeenAt", lastSeen),
			field("idleMinutes", ast.InternedTerm(h.IdleMinutes)),
			field("userEmail", ast.StringTerm(h.UserEmail)),
			field("userPermissions", stringsTerm(h.UserPermissions)),
			field("inactive", ast.InternedTerm(h.Inactive)),
		)
	}
	return ast.NewObject(
		field("account", ast.ObjectTerm(
			field("id", ast.StringTerm(in.Account.ID)),
			field("type", ast.StringTerm(in.Account.Type)),
		)),
		field("device", ast.ObjectTerm(
			field("id", ast.StringTerm(in.Device.ID)),
			field("code", ast.StringTerm(in.Device.Code)),
			field("name", ast.StringTerm(in.Device.Name)),
		)),
		field("user", ast.ObjectTerm(
			field("id", ast.StringTerm(in.User.ID)),
			field("email", ast.StringTerm(in.User.Email)),
			field("permissions", stringsTerm(in.User.Permissions)),
		)),
		field("pools", ast.NewTerm(pools)),
		field("holders", ast.ArrayTerm(holders...)),
		field("settings", ast.ObjectTerm(
			field("floatingIdleMinutes", ast.InternedTerm(in.Settings.FloatingIdleMinutes)),
			field("priorityPermission", ast.StringTerm(in.Settings.PriorityPermission)),
		)),
		field("now", nowTerm(in.Now)),
	)
}

func field(key string, value *ast.Term) [2]*ast.Term {
	return ast.Item(ast.InternedTerm(key), value)
}

func stringsTerm(ss []string) *ast.Term {
	terms := make([]*ast.Term, len(ss))
	for i, s := range ss {
		terms[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(terms...)
}

// A zero time means "now": callers in tests and dry runs need not pass it.
func timeTerm(t time.Time) *ast.Term {
	if t.IsZero() {
		t = time.Now()
	}
	return ast.StringTerm(t.UTC().Format(time.RFC3339))
}

// nowTerm is timeTerm for an input's now: RFC 3339 to the second, so the inputs of a
// second share the term. It keeps one entry, the current second's: no cache to evict.
func nowTerm(t time.Time) *ast.Term {
	if t.IsZero() {
		t = time.Now()
	}
	sec := t.Unix()
	if c := lastTime.Load(); c != nil && c.sec == sec {
		return c.term
	}
	term := timeTerm(t)
	lastTime.Store(&timeOfSecond{sec: sec, term: term})
	return term
}

type timeOfSecond struct {
	sec  int64
	term *ast.Term
}

var lastTime atomic.Pointer[timeOfSecond]
