package licensing_test

import (
	"testing"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testdb"
)

// BenchmarkHeartbeat is the common case: a licensed device, nothing to do (one read, no write).
func BenchmarkHeartbeat(b *testing.B) {
	db := testdb.Postgres(b)
	e := newEnv(b, db)
	a := e.account(enums.AccountFloating, 0, 1)
	op := e.user(a, enums.RoleOperator)
	d := e.mustLogin(op, "BENCH")
	ctx := onDevice(op, d)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			hb, err := e.svc.Heartbeat(ctx)
			if err != nil || !hb.Licensed {
				b.Fatalf("heartbeat: %v %v", hb, err)
			}
		}
	})
}

// BenchmarkDeviceLoginLicensed is a login on a device that already holds its seat.
func BenchmarkDeviceLoginLicensed(b *testing.B) {
	db := testdb.Postgres(b)
	e := newEnv(b, db)
	a := e.account(enums.AccountFloating, 0, 1)
	op := e.user(a, enums.RoleOperator)
	e.mustLogin(op, "BENCH")
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.login(op, "BENCH"); err != nil {
			b.Fatal(err)
		}
	}
}
