package graph

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/sync/singleflight"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/auth"
)

// Subscription payloads rendered once per event.
//
// The events hub reads each new event once and hands the same *ent.LicenseEvent to every
// subscriber of the account, but gqlgen executes the selection set and marshals the payload
// for each subscriber: with 10,000 subscribers on an account that is 10,000 identical
// executions per event. SharedSubscriptions wraps the generated schema so that, when a
// subscription's selection reads only what is the event's own (see sharedFields), the first
// subscriber to receive an event renders its payload through gqlgen and every other
// subscriber with the same selection sends those bytes. Anything else (a field with
// arguments, a resolver that looks at the viewer or the database, @defer) is executed per
// subscriber, as before; so is an event whose shared rendering reported an error.
//
// Per-response extensions (AroundResponses) still run for every subscriber; field
// middleware (AroundFields) runs only for the rendering that is shared.

// sharedFields are, per object type, the fields whose value is the same for every viewer
// allowed to subscribe: scalars the generated code reads straight from the event and from
// the edges the events service loads with it (device, previous device, user, actor,
// account), and the pure cursor and sequence resolvers; actor differs only between SUPPORT
// and an account's users, whose renderings are kept apart. The value names the field's object
// type, or "" for a leaf.
var sharedFields = map[string]map[string]string{
	"LicenseEvent": {
		"__typename": "", "id": "", "cursor": "", "sequence": "", "type": "", "occurredAt": "",
		"pool": "", "reason": "",
		"account": "Account", "device": "Device", "previousDevice": "Device", "user": "User", "actor": "User",
	},
	"Account": {"__typename": "", "id": "", "name": "", "email": "", "type": "", "expiresAt": ""},
	"Device": {
		"__typename": "", "id": "", "code": "", "name": "", "platform": "", "inactive": "", "lastSeenAt": "",
	},
	"User": {
		"__typename": "", "id": "", "email": "", "role": "", "permissions": "", "notes": "", "disabled": "",
		"createdAt": "", "lastLoginAt": "",
	},
}

// implementors are the type conditions a fragment on each type may name.
var implementors = map[string][]string{
	"Subscription": {"Subscription"},
	"LicenseEvent": {"LicenseEvent", "Node"},
	"Account":      {"Account", "Node"},
	"Device":       {"Device", "Node"},
	"User":         {"User", "Node"},
}

// renderCacheSize bounds the remembered renderings (one per event and distinct selection).
const renderCacheSize = 4096

// SharedSubscriptions wraps the generated executable schema; see the comment above.
func SharedSubscriptions(es graphql.ExecutableSchema) *SharedSchema {
	return &SharedSchema{ExecutableSchema: es, renders: newRenderCache(renderCacheSize)}
}

// SharedSchema is the generated schema with shared subscription renderings.
type SharedSchema struct {
	graphql.ExecutableSchema
	renders *renderCache
}

// Renders counts the payloads rendered for sharing (a test and metrics hook).
func (s *SharedSchema) Renders() int64 { return s.renders.renders.Load() }

// Exec runs the operation in the context; a shareable subscription gets a handler that
// reuses renderings.
func (s *SharedSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Subscription {
		return s.ExecutableSchema.Exec(ctx)
	}
	key, ok := shareKey(oc)
	if !ok {
		return s.ExecutableSchema.Exec(ctx)
	}
	if auth.SeesEveryAccount(ctx) {
		// A SUPPORT actor is shown to SUPPORT only (events.Service.Actor): SUPPORT's
		// renderings are not the account users'.
		key = "every account:" + key
	}
	t := &tap{proxy: make(chan *ent.LicenseEvent, 1)}
	inner := s.ExecutableSchema.Exec(context.WithValue(ctx, tapKey{}, t))
	if t.src == nil {
		// The resolver refused (or was never reached): gqlgen reports it as usual.
		return inner
	}
	own := func(ctx context.Context, ev *ent.LicenseEvent) *graphql.Response {
		select { // a rendering cut short by the end of the context may have left one behind
		case <-t.proxy:
		default:
		}
		t.proxy <- ev
		return inner(ctx)
	}
	return func(ctx context.Context) *graphql.Response {
		var ev *ent.LicenseEvent
		select {
		case e, ok := <-t.src:
			if !ok {
				return nil
			}
			ev = e
		case <-ctx.Done():
			return nil
		}
		var mine *graphql.Response
		data, leader := s.renders.get(ctx, ev.ID, key, func() []byte {
			mine = own(ctx, ev)
			if mine == nil || len(mine.Errors) > 0 || len(graphql.GetErrors(ctx)) > 0 {
				return nil
			}
			return bytes.Clone(mine.Data)
		})
		switch {
		case leader:
			return mine
		case data != nil:
			return &graphql.Response{Data: data}
		case ctx.Err() != nil:
			return nil
		default:
			// The shared rendering failed: this subscriber renders its own, errors and all.
			return own(ctx, ev)
		}
	}
}

// tap is how Exec takes the subscription's event channel from the resolver: the resolver
// puts the events service's channel in src and hands gqlgen proxy instead, which Exec feeds
// only when this subscriber renders for itself.
type tap struct {
	src   <-chan *ent.LicenseEvent
	proxy chan *ent.LicenseEvent
}

type tapKey struct{}

// tapped is what the licenseEvents resolver returns to gqlgen: ch itself, or, under a
// shared subscription, the tap's proxy.
func tapped(ctx context.Context, ch <-chan *ent.LicenseEvent) <-chan *ent.LicenseEvent {
	t, _ := ctx.Value(tapKey{}).(*tap)
	if t == nil || t.src != nil {
		return ch
	}
	t.src = ch
	return t.proxy
}

// shareKey describes the payload's shape (aliases, fields and nesting, after @skip and
// @include), or reports that the selection reads something not in sharedFields.
func shareKey(oc *graphql.OperationContext) (string, bool) {
	root := graphql.CollectFields(oc, oc.Operation.SelectionSet, implementors["Subscription"])
	if len(root) != 1 || root[0].Name != "licenseEvents" || len(root[0].Directives) > 0 {
		return "", false
	}
	var b strings.Builder
	// The root field's arguments choose which events arrive, not how one is rendered.
	b.WriteString(root[0].Alias)
	if !writeShape(&b, oc, "LicenseEvent", root[0].Selections) {
		return "", false
	}
	return b.String(), true
}

func writeShape(b *strings.Builder, oc *graphql.OperationContext, typ string, sel ast.SelectionSet) bool {
	allowed := sharedFields[typ]
	b.WriteByte('{')
	for i, f := range graphql.CollectFields(oc, sel, implementors[typ]) {
		child, ok := allowed[f.Name]
		if !ok || len(f.Arguments) > 0 || len(f.Deferrables) > 0 || !onlyInclusion(f.Directives) {
			return false
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.Alias)
		if f.Alias != f.Name {
			b.WriteByte(':')
			b.WriteString(f.Name)
		}
		if child != "" && !writeShape(b, oc, child, f.Selections) {
			return false
		}
	}
	b.WriteByte('}')
	return true
}

// onlyInclusion: @skip and @include, which CollectFields has already applied.
func onlyInclusion(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "skip" && d.Name != "include" {
			return false
		}
	}
	return true
}

// renderCache remembers the last renderCacheSize renderings by (event, shape) in an LRU;
// concurrent askers of one rendering wait for the first (singleflight).
type renderCache struct {
	done    *lru.Cache[renderKey, []byte]
	flights singleflight.Group
	renders atomic.Int64
}

type renderKey struct {
	event int
	shape string
}

func newRenderCache(size int) *renderCache {
	done, _ := lru.New[renderKey, []byte](max(size, 1)) // errs only for a size below 1
	return &renderCache{done: done}
}

// get returns the rendering of (event, shape): rendered by render when this caller is the
// first to ask (leader), else the first one's result once it is done (nil if it failed or
// ctx ended first). A failed rendering is not remembered: the next asker tries again.
func (c *renderCache) get(ctx context.Context, event int, shape string, render func() []byte) (data []byte, leader bool) {
	k := renderKey{event, shape}
	if data, ok := c.done.Get(k); ok {
		return data, false
	}
	ch := c.flights.DoChan(strconv.Itoa(event)+"\x00"+shape, func() (any, error) {
		if data, ok := c.done.Get(k); ok { // rendered between the Get above and this flight
			return data, nil
		}
		leader = true // read by this caller only, after the flight's result
		c.renders.Add(1)
		data := renderOnce(render)
		if data != nil {
			c.done.Add(k, data)
		}
		return data, nil
	})
	select {
	case r := <-ch:
		return r.Val.([]byte), leader
	case <-ctx.Done():
		return nil, false
	}
}

// renderOnce runs render on singleflight's goroutine, where a panic could not be recovered
// by the caller: it is a failed rendering (each subscriber then renders its own).
func renderOnce(render func() []byte) (data []byte) {
	defer func() {
		if recover() != nil {
			data = nil
		}
	}()
	return render()
}
