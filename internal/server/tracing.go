package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// StartTracing exports traces over OTLP/HTTP to endpoint (e.g. http://collector:4318, to
// which /v1/traces is added) and
// returns the function that flushes and stops the exporter. Without it, tracing stays off.
func StartTracing(ctx context.Context, endpoint string) (stop func(context.Context) error, err error) {
	u, err := url.Parse(endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("the OpenTelemetry endpoint must be an http:// or https:// URL, not %q", endpoint)
	}
	// As OTEL_EXPORTER_OTLP_ENDPOINT means: the base URL, to which the signal's path is added.
	if !strings.HasSuffix(u.Path, "/v1/traces") {
		u.Path = strings.TrimSuffix(u.Path, "/") + "/v1/traces"
	}
	exp, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL(u.String()))
	if err != nil {
		return nil, fmt.Errorf("OpenTelemetry exporter for %s: %w", endpoint, err)
	}
	return StartTracingWith(ctx, exp)
}

// StartTracingWith sends the spans to exp in batches (the OTLP exporter, or a test's) and
// returns the function that flushes and stops it. The resource's service.name is
// OTEL_SERVICE_NAME when set (or service.name in OTEL_RESOURCE_ATTRIBUTES), else "countthings".
func StartTracingWith(ctx context.Context, exp sdktrace.SpanExporter) (stop func(context.Context) error, err error) {
	// Later detectors win: the environment over the default name.
	res, err := resource.New(ctx,
		resource.WithTelemetrySDK(),
		resource.WithAttributes(attribute.String("service.name", "countthings")),
		resource.WithFromEnv(),
	)
	if err != nil {
		return nil, fmt.Errorf("OpenTelemetry resource: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown, nil
}

// traced wraps h in an HTTP server span per request (W3C trace context is continued).
func traced(h http.Handler) http.Handler {
	return otelhttp.NewHandler(h, "http", otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string {
		return r.Method + " " + r.URL.Path
	}))
}

// graphqlTracer adds a span per GraphQL operation, named after it, with its errors.
type graphqlTracer struct{ tracer trace.Tracer }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = graphqlTracer{}

func (graphqlTracer) ExtensionName() string                   { return "OpenTelemetry" }
func (graphqlTracer) Validate(graphql.ExecutableSchema) error { return nil }

func (g graphqlTracer) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	name, kind := oc.OperationName, ""
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
		if name == "" {
			name = oc.Operation.Name
		}
	}
	if kind == "subscription" {
		return next(ctx) // one span per message of a long-lived stream would say nothing
	}
	// Named as OpenTelemetry's GraphQL conventions say: "{operation type} {operation name}"
	// ("query Overview"), the type alone for an anonymous operation. The HTTP request's span
	// (POST /graphql) gets the operation's name as an attribute.
	spanName := kind
	if name != "" {
		spanName += " " + name
	}
	if parent := trace.SpanFromContext(ctx); parent.IsRecording() {
		parent.SetAttributes(attribute.String("graphql.operation.name", name), attribute.String("graphql.operation.type", kind))
	}
	ctx, span := g.tracer.Start(ctx, spanName, trace.WithAttributes(
		attribute.String("graphql.operation.type", kind),
		attribute.String("graphql.operation.name", name),
		attribute.String("request.id", RequestID(ctx)),
	))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		span.SetStatus(codes.Error, resp.Errors[0].Message)
		if c, ok := resp.Errors[0].Extensions["code"].(string); ok {
			span.SetAttributes(attribute.String("graphql.error.code", c))
		}
	}
	return resp
}
