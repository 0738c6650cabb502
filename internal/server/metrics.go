package server

import (
	"context"
	"database/sql"
	"math"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the service's Prometheus collectors, on a registry of their own.
type Metrics struct {
	Registry *prometheus.Registry
	requests *prometheus.HistogramVec
	errors   *prometheus.CounterVec
	// Subscriptions counts open GraphQL subscriptions.
	Subscriptions prometheus.Gauge
	policy        *prometheus.HistogramVec
	licenseOps    *prometheus.CounterVec
	loginFailures prometheus.Counter
	rateLimited   *prometheus.CounterVec
	wsConns       prometheus.Gauge
	wsDuration    prometheus.Histogram
	// denials and reclaims count DENIED and RECLAIMED license events once committed (by
	// account too with RegisterLicenseCounters(true)); nil until registered.
	denials, reclaims *prometheus.CounterVec
	perAccount        bool
	webhookTries      *prometheus.CounterVec
}

// WebhookAttempt counts one webhook delivery attempt by its outcome (delivered, retry, failed).
func (m *Metrics) WebhookAttempt(outcome string) { m.webhookTries.WithLabelValues(outcome).Inc() }

// WatchWebhookQueue registers countthings_webhook_queue_depth: pending counts the deliveries
// still to be made, in the database, at each scrape (within 2 s; NaN when it cannot).
func (m *Metrics) WatchWebhookQueue(pending func(context.Context) (int, error)) {
	m.Registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "countthings_webhook_queue_depth",
		Help: "Webhook deliveries still to be made (PENDING: new, being attempted or waiting for a retry), over every account and instance, read from the database at scrape time.",
	}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := pending(ctx)
		if err != nil {
			return math.NaN()
		}
		return float64(n)
	}))
}

// BuildVersion and BuildCommit label countthings_build_info (set by main).
var BuildVersion, BuildCommit = "(devel)", "unknown"

// LoginFailed counts one failed login (an unknown email or a wrong password).
func (m *Metrics) LoginFailed() { m.loginFailures.Inc() }

// RateLimited counts one attempt a limit refused (limit: login, account_request).
func (m *Metrics) RateLimited(limit string) { m.rateLimited.WithLabelValues(limit).Inc() }

// ObservePolicy records one policy decision (policy.Engine's observer).
func (m *Metrics) ObservePolicy(kind, outcome string, took time.Duration) {
	m.policy.WithLabelValues(kind, outcome).Observe(took.Seconds())
}

// RegisterLicenseCounters registers countthings_license_denials_total and
// countthings_license_reclaims_total (by pool), with an account label when perAccount.
// Without the label both start at 0.
func (m *Metrics) RegisterLicenseCounters(perAccount bool) {
	labels := []string{}
	if perAccount {
		labels = append(labels, "account")
	}
	m.perAccount = perAccount
	m.denials = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countthings_license_denials_total",
		Help: "Devices refused a license (DENIED license events) committed by this process.",
	}, labels)
	m.reclaims = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countthings_license_reclaims_total",
		Help: "FLOATING licenses reclaimed from one device for another (RECLAIMED license events) committed by this process, by pool.",
	}, append([]string{"pool"}, labels...))
	if !perAccount {
		m.denials.WithLabelValues()
		m.reclaims.WithLabelValues("FLOATING")
	}
	m.Registry.MustRegister(m.denials, m.reclaims)
}

// LicenseEvent counts one committed license event of the account in the counters by type:
// countthings_license_operations_total, and the denials and reclaims counters.
func (m *Metrics) LicenseEvent(eventType string, pool *string, accountID int) {
	m.licenseOps.WithLabelValues(eventType).Inc()
	var lv []string
	if m.perAccount {
		lv = []string{strconv.Itoa(accountID)}
	}
	switch {
	case eventType == "DENIED" && m.denials != nil:
		m.denials.WithLabelValues(lv...).Inc()
	case eventType == "RECLAIMED" && m.reclaims != nil:
		p := "FLOATING"
		if pool != nil {
			p = *pool
		}
		m.reclaims.WithLabelValues(append([]string{p}, lv...)...).Inc()
	}
}

// NewMetrics registers the HTTP, GraphQL, Go runtime and database pool collectors.
func NewMetrics(db *sql.DB) *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry: reg,
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "countthings_http_request_duration_seconds",
			Help:    "HTTP requests by route, method and status.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"route", "method", "status"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "countthings_graphql_errors_total",
			Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
		Subscriptions: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "countthings_graphql_subscriptions_active",
			Help: "Open GraphQL subscriptions.",
		}),
		policy: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "countthings_policy_evaluation_duration_seconds",
			Help:    "Policy decisions by kind (PERMISSIONS, FLOATING) and outcome (allow, deny, license, none, error).",
			Buckets: prometheus.ExponentialBuckets(0.00002, 2.5, 12),
		}, []string{"kind", "outcome"}),
		licenseOps: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "countthings_license_operations_total",
			Help: "Committed license changes by license event type.",
		}, []string{"type"}),
		loginFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "countthings_login_failures_total",
			Help: "Failed logins (an unknown email or a wrong password); refused attempts are not counted here.",
		}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "countthings_rate_limited_total",
			Help: "Attempts refused by a limit, by limit (login, account_request).",
		}, []string{"limit"}),
	}
	m.wsConns = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "countthings_websocket_connections",
		Help: "Open WebSocket connections on /graphql.",
	})
	m.wsDuration = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "countthings_websocket_connection_duration_seconds",
		Help:    "How long WebSocket connections on /graphql lasted.",
		Buckets: prometheus.ExponentialBuckets(1, 4, 10),
	})
	m.webhookTries = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "countthings_webhook_delivery_attempts_total",
		Help: "Webhook delivery attempts by outcome: delivered (2xx), retry (failed, another attempt is scheduled), failed (failed on the last attempt: the delivery is FAILED).",
	}, []string{"outcome"})
	for _, o := range []string{"delivered", "retry", "failed"} {
		m.webhookTries.WithLabelValues(o)
	}
	opa := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/open-policy-agent/opa" {
				opa = d.Version
			}
		}
	}
	buildInfo := prometheus.NewGauge(prometheus.GaugeOpts{
		Name:        "countthings_build_info",
		Help:        "Always 1; the labels tell the running build.",
		ConstLabels: prometheus.Labels{"version": BuildVersion, "commit": BuildCommit, "go_version": runtime.Version(), "opa_version": opa},
	})
	buildInfo.Set(1)
	reg.MustRegister(m.requests, m.errors, m.Subscriptions, m.policy, m.licenseOps, m.loginFailures, m.rateLimited, m.wsConns, m.wsDuration, m.webhookTries, buildInfo,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		reg.MustRegister(collectors.NewDBStatsCollector(db, "countthings"))
	}
	return m
}
