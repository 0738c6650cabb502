package usage

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/database"
)

// DefaultPoolRefresh is how long the pool gauges reuse one reading of the database.
const DefaultPoolRefresh = 10 * time.Second

// PoolGauges is the Prometheus collector of countthings_licenses and countthings_licenses_held
// by pool (and by account when perAccount): read from the database at scrape time with one
// aggregate query, reused for refresh, so every instance reports the same figures and none
// drifts from the truth.
type PoolGauges struct {
	db         *database.DB
	perAccount bool
	refresh    time.Duration
	log        *slog.Logger

	total, held *prometheus.Desc

	mu     sync.Mutex
	readAt time.Time
	rows   []poolRow
	ok     bool
}

type poolRow struct {
	accountID   int
	pool        string
	total, held float64
}

// NewPoolGauges returns the collector; refresh ≤ 0 means DefaultPoolRefresh.
func NewPoolGauges(db *database.DB, perAccount bool, refresh time.Duration, log *slog.Logger) *PoolGauges {
	if refresh <= 0 {
		refresh = DefaultPoolRefresh
	}
	if log == nil {
		log = slog.Default()
	}
	labels := []string{"pool"}
	if perAccount {
		labels = append(labels, "account")
	}
	return &PoolGauges{
		db: db, perAccount: perAccount, refresh: refresh, log: log,
		total: prometheus.NewDesc("countthings_licenses", "Licenses (seats) of all accounts, by pool (and account with --metrics-per-account); read from the database.", labels, nil),
		held:  prometheus.NewDesc("countthings_licenses_held", "Licenses bound to a device, by pool (and account with --metrics-per-account); read from the database.", labels, nil),
	}
}

// Describe implements prometheus.Collector.
func (g *PoolGauges) Describe(ch chan<- *prometheus.Desc) {
	ch <- g.total
	ch <- g.held
}

// Collect implements prometheus.Collector: the last reading, or a new one when it is older
// than the refresh interval. A failed reading is logged and the gauges are left out.
func (g *PoolGauges) Collect(ch chan<- prometheus.Metric) {
	rows, ok := g.reading()
	if !ok {
		return
	}
	for _, r := range rows {
		lv := []string{r.pool}
		if g.perAccount {
			lv = append(lv, strconv.Itoa(r.accountID))
		}
		ch <- prometheus.MustNewConstMetric(g.total, prometheus.GaugeValue, r.total, lv...)
		ch <- prometheus.MustNewConstMetric(g.held, prometheus.GaugeValue, r.held, lv...)
	}
}

func (g *PoolGauges) reading() ([]poolRow, bool) {
	g.mu.Lock() // concurrent scrapes wait for one query
	defer g.mu.Unlock()
	if g.ok && time.Since(g.readAt) < g.refresh {
		return g.rows, true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	rows, err := g.read(ctx)
	if err != nil {
		g.log.Warn("reading the license pools for /metrics failed", "err", err)
		g.ok = false
		return nil, false
	}
	g.rows, g.readAt, g.ok = rows, time.Now(), true
	return rows, true
}

// read runs the one aggregate query (licenses is indexed by account_id, pool, status).
func (g *PoolGauges) read(ctx context.Context) ([]poolRow, error) {
	q := "SELECT 0, pool, COUNT(*), COUNT(device_id) FROM licenses GROUP BY pool"
	if g.perAccount {
		q = "SELECT account_id, pool, COUNT(*), COUNT(device_id) FROM licenses GROUP BY account_id, pool"
	}
	rs, err := g.db.SQL.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []poolRow
	seen := map[string]bool{}
	for rs.Next() {
		var r poolRow
		if err := rs.Scan(&r.accountID, &r.pool, &r.total, &r.held); err != nil {
			return nil, err
		}
		seen[r.pool] = true
		out = append(out, r)
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	if !g.perAccount { // both pools always appear, 0 when no account has one
		for _, p := range []enums.LicensePool{enums.PoolStandard, enums.PoolFloating} {
			if !seen[string(p)] {
				out = append(out, poolRow{pool: string(p)})
			}
		}
	}
	return out, nil
}
