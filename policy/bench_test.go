package policy

import (
	"context"
	"testing"
)

func BenchmarkAuthorize(b *testing.B) { benchmarkAuthorize(b) }

// BenchmarkAuthorizeEvaluated is a fresh decision: no memo, the base and then the
// PERMISSIONS policy evaluated every time.
func BenchmarkAuthorizeEvaluated(b *testing.B) { benchmarkAuthorize(b, WithoutDecisionMemo()) }

func benchmarkAuthorize(b *testing.B, opts ...Option) {
	e := newTestEngine(b, opts...)
	ctx := context.Background()
	in := PermissionInput{
		Subject:  user("OPERATOR", "count", "devices:read"),
		Action:   "device.read",
		Resource: map[string]any{"type": "device", "id": "d1", "accountId": "a1", "code": "TAB-1", "name": "S20+"},
		Now:      testNow,
	}
	b.ReportAllocs()
	for b.Loop() {
		if d, err := e.Authorize(ctx, nil, in); err != nil || !d.Allow {
			b.Fatal(d, err)
		}
	}
}

func BenchmarkAuthorizeAccountPolicy(b *testing.B) {
	e := newTestEngine(b)
	ctx := context.Background()
	v := &Version{AccountID: "a1", Kind: KindPermissions, Version: 1, Source: stocktakePolicy}
	in := PermissionInput{Subject: user("OPERATOR", "stocktake"), Action: "device.read", Resource: device("a1"), Now: testNow}
	b.ReportAllocs()
	for b.Loop() {
		if d, err := e.Authorize(ctx, v, in); err != nil || !d.Allow {
			b.Fatal(d, err)
		}
	}
}

func BenchmarkDecideFloating(b *testing.B) {
	e := newTestEngine(b)
	ctx := context.Background()
	var holders []Holder
	for _, id := range []string{"d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"} {
		holders = append(holders, holder(id, PoolFloating, "ACTIVE", 40+len(id)))
	}
	in := situation(AccountFloating, 0, 0, holders...)
	b.ReportAllocs()
	for b.Loop() {
		if d, err := e.DecideFloating(ctx, nil, in); err != nil || d.Reclaim == nil {
			b.Fatal(d, err)
		}
	}
}
