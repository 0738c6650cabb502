package server

import (
	"database/sql"

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
	}
	reg.MustRegister(m.requests, m.errors, m.Subscriptions,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		reg.MustRegister(collectors.NewDBStatsCollector(db, "countthings"))
	}
	return m
}
