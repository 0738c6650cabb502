package events

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/webhookdelivery"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/database"
	"github.com/countthings/countthings/internal/testdb"
)

const secret = "0123456789abcdef-secret"

type received struct {
	header http.Header
	body   []byte
}

// receiver is an integrator's endpoint on loopback; answer decides each status code.
type receiver struct {
	mu     sync.Mutex
	got    []received
	answer func(n int) int
	srv    *httptest.Server
}

func newReceiver(t *testing.T, answer func(n int) int) *receiver {
	r := &receiver{answer: answer}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got = append(r.got, received{req.Header.Clone(), body})
		n := len(r.got)
		r.mu.Unlock()
		w.WriteHeader(r.answer(n))
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) all() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...)
}

func startService(t *testing.T, db *database.DB, opts Options) *Service {
	s := newService(t, db, opts)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	s.Start(ctx)
	return s
}

// verify checks a delivery the way the README tells integrators to.
func verify(t *testing.T, r received) WebhookPayload {
	t.Helper()
	ts := r.header.Get("X-CountThings-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	require.NoError(t, err)
	require.InDelta(t, time.Now().Unix(), sec, 300, "a fresh timestamp")
	require.Equal(t, "sha256="+Sign(secret, ts, r.body), r.header.Get("X-CountThings-Signature"))
	require.NotEqual(t, "sha256="+Sign("another secret entirely", ts, r.body), r.header.Get("X-CountThings-Signature"))
	require.Equal(t, "application/json", r.header.Get("Content-Type"))
	require.NotEmpty(t, r.header.Get("X-CountThings-Delivery"))
	var p WebhookPayload
	require.NoError(t, json.Unmarshal(r.body, &p))
	require.Equal(t, p.Type, r.header.Get("X-CountThings-Event"))
	return p
}

// A loopback receiver gets verifiable signed deliveries of the event types it asked for,
// and a retry after it first answers 500; attempts are recorded.
func TestWebhookDeliveryAndRetry(t *testing.T) {
	db := testdb.Postgres(t)
	rcv := newReceiver(t, func(n int) int {
		if n == 1 {
			return http.StatusInternalServerError
		}
		return http.StatusNoContent
	})
	s := startService(t, db, fastOptions())
	a := seedAccount(t, db)
	dev := seedDevice(t, db, a.ID)
	appendN(t, db, s, a.ID, 2) // before the webhook: not delivered

	admin := viewer(a.ID, auth.RoleAdmin)
	w, err := s.CreateWebhook(admin, CreateWebhookInput{URL: rcv.srv.URL + "/hook", Secret: secret,
		EventTypes: []enums.LicenseEventType{enums.EventAssigned, enums.EventMoved}})
	require.NoError(t, err)
	require.True(t, w.Active)

	pool := enums.PoolStandard
	email := "op@acme.test"
	assigned := appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventAssigned, Pool: &pool, DeviceID: &dev.ID, UserEmail: &email})
	appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventRenewed})
	moved := appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventMoved, PreviousDeviceID: &dev.ID})

	require.Eventually(t, func() bool { return len(rcv.all()) >= 3 }, 10*time.Second, 20*time.Millisecond)
	got := rcv.all()
	bySeq := map[int64][]string{}
	for _, r := range got {
		p := verify(t, r)
		bySeq[p.Sequence] = append(bySeq[p.Sequence], r.header.Get("X-CountThings-Delivery"))
		switch p.Sequence {
		case assigned.Seq:
			require.Equal(t, WebhookPayload{
				ID: strconv.Itoa(assigned.ID), Cursor: Cursor(assigned), Sequence: assigned.Seq, Type: "ASSIGNED",
				OccurredAt: assigned.OccurredAt.UTC().Format(time.RFC3339Nano), AccountID: strconv.Itoa(a.ID),
				Pool: ptr("STANDARD"), DeviceID: ptr(strconv.Itoa(dev.ID)), UserEmail: &email,
			}, p)
		case moved.Seq:
			require.Equal(t, ptr(strconv.Itoa(dev.ID)), p.PreviousDeviceID)
		default:
			t.Fatalf("delivered an event it should not: %+v", p)
		}
	}
	// The one that got 500 was retried under the same delivery id.
	first := verify(t, got[0])
	require.Len(t, bySeq[first.Sequence], 2)
	require.Equal(t, bySeq[first.Sequence][0], bySeq[first.Sequence][1])

	require.Eventually(t, func() bool {
		n, err := db.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(enums.DeliveryDelivered)).Count(system)
		return err == nil && n == 2
	}, 10*time.Second, 20*time.Millisecond)
	ds, err := w.QueryDeliveries().Order(ent.Asc(webhookdelivery.FieldID)).All(system)
	require.NoError(t, err)
	require.Len(t, ds, 2)
	for _, d := range ds {
		require.Equal(t, 200+4, *d.LastStatusCode)
		require.NotNil(t, d.DeliveredAt)
		require.Nil(t, d.NextAttemptAt)
		require.Nil(t, d.LastError)
	}
	require.Equal(t, 2, ds[0].Attempts+ds[1].Attempts-1, "one retry in all")
}

// An endpoint that keeps failing ends FAILED after the last attempt, with the reason; the
// license operations meanwhile are not held up.
func TestWebhookGivesUp(t *testing.T) {
	db := testdb.Postgres(t)
	rcv := newReceiver(t, func(int) int { return http.StatusServiceUnavailable })
	s := startService(t, db, fastOptions())
	a := seedAccount(t, db)
	_, err := s.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: rcv.srv.URL, Secret: secret})
	require.NoError(t, err)
	start := time.Now()
	appendN(t, db, s, a.ID, 1)
	require.Less(t, time.Since(start), time.Second)
	d := failedDelivery(t, db)
	require.Equal(t, 4, d.Attempts)
	require.Equal(t, 503, *d.LastStatusCode)
	require.Contains(t, *d.LastError, "503")
	require.Nil(t, d.NextAttemptAt)
	require.Len(t, rcv.all(), 4)
}

// By default a webhook never reaches the service's own networks (SSRF): an address that is
// not global (IANA's special-purpose blocks, v4 and v6), or a local name, is refused at
// creation; a URL that gets past creation (a name re-resolved later) is refused at connect
// time; and lastError says so in general words, naming no address.
func TestWebhookRefusesPrivateAddresses(t *testing.T) {
	db := testdb.Postgres(t)
	rcv := newReceiver(t, func(int) int { return http.StatusOK })
	opts := fastOptions()
	opts.WebhookAllowPrivate = false
	s := startService(t, db, opts)
	a := seedAccount(t, db)
	admin := viewer(a.ID, auth.RoleAdmin)
	for _, u := range []string{
		rcv.srv.URL, "http://localhost:8080/x", "http://api.localhost/", "http://intranet/hook",
		"http://192.0.2.10/", "http://198.18.0.1/", "http://240.0.0.1/", "http://100.64.0.1/", "http://169.254.169.254/latest",
		"http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::1]/", "http://[::ffff:10.0.0.1]/", "http://[fd00::1]/",
		"http://[2001:db8::1]/", "http://2130706433/", "http://0x7f.1/", "http://127.1/", "http://10.1/",
	} {
		_, err := s.CreateWebhook(admin, CreateWebhookInput{URL: u, Secret: secret})
		require.Equal(t, apperr.BadUserInput, apperr.CodeOf(err), "%s: %v", u, err)
		require.NotContains(t, err.Error(), "127.0.0.1", u)
	}
	w, err := s.CreateWebhook(admin, CreateWebhookInput{URL: "https://8.8.8.8/hook", Secret: secret})
	require.NoError(t, err, "a public address")
	// The name now resolves to the loopback: the connect-time check stops the delivery.
	require.NoError(t, db.Client.Webhook.UpdateOneID(w.ID).SetURL(rcv.srv.URL).Exec(system))
	appendN(t, db, s, a.ID, 1)
	require.Eventually(t, func() bool {
		d, err := db.Client.WebhookDelivery.Query().Only(system)
		return err == nil && d.Attempts >= 1 && d.LastError != nil
	}, 10*time.Second, 20*time.Millisecond)
	d, err := db.Client.WebhookDelivery.Query().Only(system)
	require.NoError(t, err)
	require.Equal(t, "refused: the endpoint's address is not a public internet address", *d.LastError)
	require.Empty(t, rcv.all())
}

// lastError names what failed in general words, never the resolver or an internal address.
func TestWebhookLastErrorIsGeneral(t *testing.T) {
	db := testdb.Postgres(t)
	opts := fastOptions()
	opts.WebhookMaxAttempts = 1
	s := startService(t, db, opts)
	a := seedAccount(t, db)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := ln.Addr().String()
	ln.Close()
	for u, want := range map[string]string{
		"http://no-such-host.invalid/hook": "the endpoint's host name could not be resolved",
		"http://" + closed + "/hook":       "the endpoint refused the connection",
	} {
		_, err := s.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: u, Secret: secret})
		require.NoError(t, err)
		appendN(t, db, s, a.ID, 1)
		require.Eventually(t, func() bool {
			n, err := db.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(enums.DeliveryFailed)).Count(system)
			return err == nil && n == 1
		}, 10*time.Second, 20*time.Millisecond)
		d, err := db.Client.WebhookDelivery.Query().Only(system)
		require.NoError(t, err)
		require.Equal(t, want, *d.LastError, u)
		require.NoError(t, db.Client.Webhook.Update().SetActive(false).Exec(system))
		_, err = db.Client.WebhookDelivery.Delete().Exec(system)
		require.NoError(t, err)
	}
}

func TestGlobalAddr(t *testing.T) {
	for addr, global := range map[string]bool{
		"8.8.8.8": true, "2606:4700::1111": true, "1.1.1.1": true, "2a00:1450:4001::1": true,
		"127.0.0.1": false, "10.1.2.3": false, "192.168.0.1": false, "172.16.5.4": false,
		"169.254.169.254": false, "100.64.1.1": false, "0.0.0.0": false, "::1": false,
		"fe80::1": false, "fd00::1": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
		"192.0.2.1": false, "198.18.0.1": false, "198.19.255.255": false, "240.0.0.1": false,
		"255.255.255.255": false, "192.0.0.8": false, "198.51.100.7": false, "203.0.113.9": false,
		"192.88.99.1": false, "64:ff9b::7f00:1": false, "64:ff9b:1::1": false, "2002:7f00:1::1": false,
		"2001:db8::1": false, "2001::1": false, "100::1": false, "3fff::1": false, "5f00::1": false,
		"fec0::1": false, "ff02::1": false, "::": false, "::7f00:1": false, "::ffff:8.8.8.8": true,
	} {
		assert.Equal(t, global, globalAddr(netip.MustParseAddr(addr)), addr)
	}
}

// Two processes dispatching from one database never deliver the same event twice.
func TestWebhookTwoDispatchers(t *testing.T) {
	url := testdb.NewPostgresURL(t)
	var dbs []*database.DB
	for range 2 {
		db, err := database.Open(context.Background(), url)
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		dbs = append(dbs, db)
	}
	rcv := newReceiver(t, func(int) int { return http.StatusOK })
	s1, s2 := startService(t, dbs[0], fastOptions()), startService(t, dbs[1], fastOptions())
	a := seedAccount(t, dbs[0])
	_, err := s1.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: rcv.srv.URL, Secret: secret})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i, s := range []*Service{s1, s2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			appendN(t, dbs[i], s, a.ID, 40)
		}()
	}
	wg.Wait()
	require.Eventually(t, func() bool { return len(rcv.all()) >= 80 }, 20*time.Second, 20*time.Millisecond)
	time.Sleep(300 * time.Millisecond)
	seen := map[int64]int{}
	for _, r := range rcv.all() {
		seen[verify(t, r).Sequence]++
	}
	require.Len(t, seen, 80)
	for seq, n := range seen {
		require.Equal(t, 1, n, "event %d delivered %d times", seq, n)
	}
}

func TestWebhookManagement(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(t, db, fastOptions())
		a, other := seedAccount(t, db), seedAccount(t, db)
		admin := viewer(a.ID, auth.RoleAdmin)
		ok := CreateWebhookInput{URL: "https://integrator.example/countthings", Secret: secret}

		for _, in := range []CreateWebhookInput{
			{URL: "ftp://integrator.example/x", Secret: secret},
			{URL: "/relative", Secret: secret},
			{URL: "https://user:pw@integrator.example/", Secret: secret},
			{URL: "https://integrator.example/" + strings.Repeat("a", 2000), Secret: secret},
			{URL: ok.URL, Secret: "short"},
		} {
			_, err := s.CreateWebhook(admin, in)
			require.True(t, apperr.Is(err, apperr.BadUserInput), "%+v: %v", in, err)
		}
		_, err := s.CreateWebhook(viewer(a.ID, auth.RoleOperator, "events:read"), ok)
		require.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)
		_, err = s.CreateWebhook(viewer(0, auth.RoleSupport), ok)
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)

		w, err := s.CreateWebhook(admin, CreateWebhookInput{URL: ok.URL, Secret: secret,
			EventTypes: []enums.LicenseEventType{enums.EventMoved, enums.EventMoved}})
		require.NoError(t, err)
		require.Equal(t, []enums.LicenseEventType{enums.EventMoved}, WebhookEventTypes(w))
		require.Equal(t, secret, w.Secret)
		require.NotContains(t, w.String(), secret, "the secret never shows in logs")

		hooks, err := s.Webhooks(admin, a)
		require.NoError(t, err)
		require.Len(t, hooks, 1)
		_, err = s.Webhooks(admin, other)
		require.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)

		w, err = s.UpdateWebhook(admin, w.ID, UpdateWebhookInput{Active: ptr(false), EventTypes: []enums.LicenseEventType{}})
		require.NoError(t, err)
		require.False(t, w.Active)
		require.Empty(t, w.EventTypes)
		_, err = s.UpdateWebhook(admin, w.ID, UpdateWebhookInput{URL: ptr("nope")})
		require.True(t, apperr.Is(err, apperr.BadUserInput), "%v", err)

		// Another account's webhook is as absent as one that does not exist.
		foreign := viewer(other.ID, auth.RoleAdmin)
		_, err = s.UpdateWebhook(foreign, w.ID, UpdateWebhookInput{Active: ptr(true)})
		require.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
		_, err = s.DeleteWebhook(foreign, w.ID)
		require.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
		_, err = s.DeleteWebhook(admin, w.ID+1000)
		require.True(t, apperr.Is(err, apperr.NotFound), "%v", err)

		id, err := s.DeleteWebhook(admin, w.ID)
		require.NoError(t, err)
		require.Equal(t, w.ID, id)
		hooks, err = s.Webhooks(admin, a)
		require.NoError(t, err)
		require.Empty(t, hooks)
	})
}

func TestWebhookDeliveriesPage(t *testing.T) {
	db := testdb.Postgres(t)
	rcv := newReceiver(t, func(int) int { return http.StatusOK })
	s := startService(t, db, fastOptions())
	a := seedAccount(t, db)
	admin := viewer(a.ID, auth.RoleAdmin)
	w, err := s.CreateWebhook(admin, CreateWebhookInput{URL: rcv.srv.URL, Secret: secret})
	require.NoError(t, err)
	appendN(t, db, s, a.ID, 5)
	require.Eventually(t, func() bool { return len(rcv.all()) == 5 }, 10*time.Second, 20*time.Millisecond)
	ds, err := s.Deliveries(admin, w, ptr(2))
	require.NoError(t, err)
	require.Len(t, ds, 2)
	require.Greater(t, ds[0].ID, ds[1].ID, "newest first")
	ds, err = s.Deliveries(admin, w, nil)
	require.NoError(t, err)
	require.Len(t, ds, 5)
	_, err = s.Deliveries(viewer(a.ID, auth.RoleOperator, "events:read"), w, nil)
	require.True(t, apperr.Is(err, apperr.Forbidden), "%v", err)
}

// An endpoint whose status line is long and not ASCII: the attempt is still recorded, its
// error cut on a character boundary (a cut inside a character made Postgres refuse the
// update, so the attempt was lost and retried as if never made).
func TestWebhookLongNonASCIIStatus(t *testing.T) {
	db := testdb.Postgres(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_, _ = http.ReadRequest(bufio.NewReader(c))
				_, _ = io.WriteString(c, "HTTP/1.1 503 x"+strings.Repeat("д", 1500)+"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			}()
		}
	}()
	opts := fastOptions()
	opts.WebhookMaxAttempts = 1
	s := startService(t, db, opts)
	a := seedAccount(t, db)
	_, err = s.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: "http://" + ln.Addr().String(), Secret: secret})
	require.NoError(t, err)
	appendN(t, db, s, a.ID, 1)
	d := failedDelivery(t, db)
	require.Equal(t, 1, d.Attempts)
	require.True(t, utf8.ValidString(*d.LastError))
	require.Equal(t, "the endpoint answered with HTTP status 503", *d.LastError)
}

// failedDelivery waits for the one delivery to end FAILED and returns it.
func failedDelivery(t *testing.T, db *database.DB) *ent.WebhookDelivery {
	t.Helper()
	require.Eventually(t, func() bool {
		d, err := db.Client.WebhookDelivery.Query().Only(system)
		return err == nil && d.Status == enums.DeliveryFailed
	}, 10*time.Second, 20*time.Millisecond)
	d, err := db.Client.WebhookDelivery.Query().Only(system)
	require.NoError(t, err)
	return d
}

// silent commits events without telling anyone (as if the notification were lost).
type silent struct{}

func (silent) Committed(int, int64) {}

// The dispatcher sleeps until it is woken (the other tests run with an hour's poll, so each
// delivery and retry there came from a wake-up or a due time); an event whose notification
// was lost is delivered by the safety poll, and only by it.
func TestWebhookSafetyPoll(t *testing.T) {
	for _, tc := range []struct {
		name      string
		poll      time.Duration
		delivered bool
	}{{"without the poll", time.Hour, false}, {"with the poll", 300 * time.Millisecond, true}} {
		t.Run(tc.name, func(t *testing.T) {
			db := testdb.Postgres(t)
			rcv := newReceiver(t, func(int) int { return http.StatusNoContent })
			opts := fastOptions()
			opts.DispatchInterval = tc.poll
			s := startService(t, db, opts)
			// LISTEN's start wakes the dispatcher once: let that pass.
			require.Eventually(t, s.listening.Load, 10*time.Second, 10*time.Millisecond)
			a := seedAccount(t, db)
			_, err := s.CreateWebhook(viewer(a.ID, auth.RoleAdmin), CreateWebhookInput{URL: rcv.srv.URL + "/hook", Secret: secret})
			require.NoError(t, err)
			// A notified event first: the dispatcher is awake and delivers it.
			appendEvent(t, db, s, Event{AccountID: a.ID, Type: enums.EventRenewed})
			require.Eventually(t, func() bool { return len(rcv.all()) == 1 }, 10*time.Second, 20*time.Millisecond)
			time.Sleep(500 * time.Millisecond) // the wake-up's pass ends (it records the delivery)
			appendEvent(t, db, silent{}, Event{AccountID: a.ID, Type: enums.EventRenewed})
			if tc.delivered {
				require.Eventually(t, func() bool { return len(rcv.all()) == 2 }, 10*time.Second, 20*time.Millisecond)
				return
			}
			time.Sleep(1500 * time.Millisecond)
			require.Len(t, rcv.all(), 1, "nothing woke the dispatcher")
		})
	}
}
