//go:build !benchallowall

package authz

import "testing"

// The benchmark's allow-all switch must not exist in a normal build.
func TestNoAllowAllInDefaultBuild(t *testing.T) {
	if AllowAllAvailable || allowAll() {
		t.Fatal("the allow-all switch is compiled into a default build")
	}
}
