package server

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/reqctx"
)

// wsLimits caps what one subject (a user, an API token, or an anonymous client address)
// holds open on this process over WebSocket: connections, and operations (subscriptions)
// across them. The per-connection cap is the transport's (wsTransport.maxOps).
type wsLimits struct {
	maxConns, maxOps int // 0: no cap

	mu    sync.Mutex
	conns map[string]int
	ops   map[string]int
}

func newWSLimits(maxConns, maxOps int) *wsLimits {
	return &wsLimits{maxConns: maxConns, maxOps: maxOps, conns: map[string]int{}, ops: map[string]int{}}
}

// subjectOf names whose quota a connection counts against.
func subjectOf(ctx context.Context) string {
	if v, ok := auth.ViewerFrom(ctx); ok {
		if v.Kind == auth.KindAPIToken {
			return "token:" + strconv.Itoa(v.TokenID)
		}
		return "user:" + strconv.Itoa(v.UserID)
	}
	return "addr:" + reqctx.LimitKey(reqctx.ClientAddr(ctx))
}

func (l *wsLimits) take(m map[string]int, max int, key string) bool {
	if l == nil {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if max > 0 && m[key] >= max {
		return false
	}
	m[key]++
	return true
}

func (l *wsLimits) give(m map[string]int, key string) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if m[key]--; m[key] <= 0 {
		delete(m, key)
	}
}

func (l *wsLimits) takeConn(key string) bool { return l.take(l.conns, l.maxConns, key) }
func (l *wsLimits) giveConn(key string)      { l.give(l.conns, key) }
func (l *wsLimits) takeOp(key string) bool   { return l.take(l.ops, l.maxOps, key) }
func (l *wsLimits) giveOp(key string)        { l.give(l.ops, key) }

type legacySubjectKey struct{}

// legacyInit counts a legacy graphql-ws connection against its subject's connection cap.
func (l *wsLimits) legacyInit(next transport.WebsocketInitFunc) transport.WebsocketInitFunc {
	return func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		ctx, ack, err := next(ctx, p)
		if err != nil {
			return ctx, ack, err
		}
		key := subjectOf(ctx)
		if !l.takeConn(key) {
			return ctx, nil, fmt.Errorf("too many connections: at most %d at once for one user or token", l.maxConns)
		}
		return context.WithValue(ctx, legacySubjectKey{}, key), ack, nil
	}
}

func (l *wsLimits) legacyClose(ctx context.Context, _ int) {
	if key, ok := ctx.Value(legacySubjectKey{}).(string); ok {
		l.giveConn(key)
	}
}
