package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Shapes that made OPA's compiler work for seconds to a minute on a few tens of KB (found
// while looking into fuzzing stalls) are refused after parsing, before compilation.
func TestCompileRefusesCostlyShapes(t *testing.T) {
	const hdr = "package countthings.permissions\n\ndefault allow := false\n\n"
	e := newTestEngine(t)
	var chain strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&chain, "r%d if r%d\n", i, i+1)
	}
	cases := []struct{ name, src, want string }{
		{"nested every (took a minute)", hdr + "allow if {" + strings.Repeat("every x in [1] {", 2000) + "true" + strings.Repeat("}", 2000) + "}\n", "nests too deeply"},
		{"long expression (took 16s)", hdr + "x := " + strings.Repeat("1+", 20000) + "1\nallow if x > 0\n", "nests too deeply"},
		{"deep array", hdr + "x := " + strings.Repeat("[", 30000) + strings.Repeat("]", 30000) + "\nallow if true\n", "nests too deeply"},
		{"rule chain (took 4s)", hdr + chain.String() + "r3000 := true\nallow if r0\n", "rules; the limit is"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Compile(context.Background(), KindPermissions, tc.src)
			var inv *InvalidError
			require.True(t, errors.As(err, &inv), "got %v", err)
			assert.Contains(t, inv.Error(), tc.want)
		})
	}

	t.Run("a large flat policy still compiles", func(t *testing.T) {
		codes := make([]string, 3000)
		for i := range codes {
			codes[i] = fmt.Sprintf("%q", fmt.Sprintf("DEV-%04d", i))
		}
		src := DefaultSource(KindPermissions) + "\ntrusted_devices := {" + strings.Join(codes, ", ") + "}\n"
		_, err := e.Compile(context.Background(), KindPermissions, src)
		require.NoError(t, err)
	})
}
