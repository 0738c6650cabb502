package policy

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// opaBinary is bin/opa, the OPA release of go.mod that `make bench` builds, built here when
// missing (Go's build cache keeps the next build short).
func opaBinary(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join("..", "bin", "opa"))
	require.NoError(t, err)
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	cmd := exec.Command("go", "build", "-C", filepath.Join("..", "bench", "opa"), "-o", bin, "github.com/open-policy-agent/opa")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "building bin/opa: %s", out)
	return bin
}

// The shipped tree passes `opa test policy/` and `opa check policy/` as it is, without
// flags (countthings policy test policy/ is TestShippedRegoTests).
func TestOPATestAndCheckPassOnTheShippedTree(t *testing.T) {
	opa := opaBinary(t)
	for _, args := range [][]string{{"check", "."}, {"check", "--strict", "."}, {"test", "."}} {
		out, err := exec.Command(opa, args...).CombinedOutput()
		require.NoError(t, err, "opa %v:\n%s", args, out)
		t.Logf("opa %v: %s", args, out)
	}
}
