package policy

import (
	"context"
	"errors"
	"testing"
	"time"
)

// FuzzCompile: an admin's upload never panics the engine; it is compiled, or refused with
// an *InvalidError that says where.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		DefaultSource(KindPermissions),
		DefaultSource(KindFloating),
		"package countthings.permissions\n\nallow if input.x\n",
		"package countthings.floating\n\ndecision := {\"pool\": null, \"reclaim\": null, \"reason\": \"no\"}\n",
		"package countthings.permissions\nallow if http.send({\"url\": \"http://x\", \"method\": \"get\"})\n",
		"package countthings.permissions\nallow if { f(1) }\nf(x) := f(x)\n",
		"package x\n",
		"}{",
	} {
		f.Add(uint8(0), s)
		f.Add(uint8(1), s)
	}
	e, err := NewEngine(WithEvalTimeout(100 * time.Millisecond))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, k uint8, src string) {
		kind := KindPermissions
		if k%2 == 1 {
			kind = KindFloating
		}
		c, err := e.Compile(context.Background(), kind, src)
		if err == nil {
			if c == nil {
				t.Fatal("nil compiled policy without an error")
			}
			return
		}
		var inv *InvalidError
		if !errors.As(err, &inv) {
			t.Fatalf("refusal is not an *InvalidError: %T %v", err, err)
		}
		if len(inv.Problems) == 0 {
			t.Fatal("refusal without a problem")
		}
	})
}
