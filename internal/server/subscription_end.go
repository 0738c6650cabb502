package server

import (
	"context"
	"errors"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/reqctx"
)

// subscriptionErrors are a subscription's reasons to end (reqctx.EndSubscription) as the
// operation's error message: each apperr's message, code and details.
func subscriptionErrors(errs []error) gqlerror.List {
	out := make(gqlerror.List, 0, len(errs))
	for _, err := range errs {
		e := &gqlerror.Error{Message: err.Error(), Extensions: map[string]any{"code": string(apperr.Internal)}}
		var ae *apperr.Error
		if errors.As(err, &ae) {
			e.Message = ae.Message
			e.Extensions["code"] = string(ae.Code)
			for k, v := range ae.Details {
				e.Extensions[k] = v
			}
		}
		out = append(out, e)
	}
	return out
}

// legacySubscriptionEnd hands a subscription's reasons to end to gqlgen's transport of the
// legacy graphql-ws protocol, which sends them as the operation's error. Our
// graphql-transport-ws transport (ws.go) collects them itself.
type legacySubscriptionEnd struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = legacySubscriptionEnd{}

func (legacySubscriptionEnd) ExtensionName() string                   { return "LegacySubscriptionEnd" }
func (legacySubscriptionEnd) Validate(graphql.ExecutableSchema) error { return nil }

func (legacySubscriptionEnd) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Subscription || reqctx.CollectsSubscriptionEnd(ctx) {
		return next(ctx)
	}
	collecting := reqctx.WithSubscriptionEnd(ctx)
	responses := next(collecting)
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if resp == nil {
			// The stream ended: its reasons, recorded before its channel closed, go to the
			// transport with ctx, the transport's own.
			for _, e := range subscriptionErrors(reqctx.SubscriptionEnd(collecting)) {
				addLegacySubscriptionError(ctx, e)
			}
		}
		return resp
	}
}

func addLegacySubscriptionError(ctx context.Context, e *gqlerror.Error) {
	defer func() { _ = recover() }() // gqlgen's panics outside its WebSocket transport
	transport.AddSubscriptionError(ctx, e)
}
