package events

import (
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/testdb"
)

// A delivery that failed goes again, from its first attempt, once the endpoint is fixed; the
// receiver sees the same delivery id. Another account's admin cannot touch it.
func TestRedeliverAFailedDelivery(t *testing.T) {
	db := testdb.Postgres(t)
	var up atomic.Bool
	rcv := newReceiver(t, func(int) int {
		if up.Load() {
			return http.StatusNoContent
		}
		return http.StatusServiceUnavailable
	})
	s := startService(t, db, fastOptions())
	a := seedAccount(t, db)
	other := seedAccount(t, db)
	_, err := s.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: rcv.srv.URL, Secret: secret})
	require.NoError(t, err)
	appendN(t, db, s, a.ID, 1)
	failed := failedDelivery(t, db)
	before := len(rcv.all())

	_, err = s.Redeliver(viewer(other.ID, auth.RoleAdmin), failed.ID)
	code, _ := apperr.As(err)
	require.NotNil(t, code)
	require.Equal(t, apperr.NotFound, code.Code)

	up.Store(true)
	d, err := s.Redeliver(viewer(a.ID, auth.RoleAdmin), failed.ID)
	require.NoError(t, err)
	require.Equal(t, enums.DeliveryPending, d.Status)
	require.Equal(t, 0, d.Attempts)
	require.Eventually(t, func() bool {
		d, err := db.Client.WebhookDelivery.Get(system, failed.ID)
		return err == nil && d.Status == enums.DeliveryDelivered && d.Attempts == 1
	}, 10*time.Second, 20*time.Millisecond)
	got := rcv.all()
	require.Len(t, got, before+1)
	require.Equal(t, got[0].header.Get("X-CountThings-Delivery"), got[len(got)-1].header.Get("X-CountThings-Delivery"))
}
