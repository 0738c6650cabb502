package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/countthings/countthings/internal/apperr"
)

// presentError is the one place where errors become extensions.code (API.md's list).
func presentError(log *slog.Logger, metrics *Metrics, un *unavailability) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		code := classify(err, gqlErr)
		if code == apperr.Internal && un.is(err) {
			code = apperr.Unavailable
			gqlErr.Message = dbUnavailableMessage
			gqlErr.Extensions["retryAfterSeconds"] = int(retryAfter.Seconds())
			un.report(ctx, err)
			markUnavailable(ctx)
		}
		if code == apperr.Internal {
			if e, ok := apperr.As(err); !ok || e.Message == "" {
				gqlErr.Message = "internal error: the request failed on our side; retry, and report the request id if it persists"
			} else {
				gqlErr.Message = e.Message
			}
			log.ErrorContext(ctx, "internal error", "err", rootCause(err), "path", gqlErr.Path.String())
			gqlErr.Extensions["requestId"] = RequestID(ctx)
		}
		if e, ok := apperr.As(err); ok {
			if code != apperr.Internal && code != apperr.Unavailable {
				gqlErr.Message = e.Message
			}
			if name := fieldName(gqlErr.Path); e.Field && name != "" {
				gqlErr.Message = fmt.Sprintf("%s: %s", name, e.Message)
				gqlErr.Extensions["field"] = name
			}
			for k, v := range e.Details {
				gqlErr.Extensions[k] = v
			}
		}
		gqlErr.Extensions["code"] = string(code)
		metrics.errors.WithLabelValues(string(code)).Inc()
		return gqlErr
	}
}

func classify(err error, gqlErr *gqlerror.Error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	switch c, _ := gqlErr.Extensions["code"].(string); c {
	case errcode.ParseFailed, errcode.ValidationFailed:
		return apperr.BadUserInput
	case "COMPLEXITY_LIMIT_EXCEEDED", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED":
		return apperr.BadUserInput
	case string(apperr.RateLimited), string(apperr.BadUserInput), string(apperr.Unauthenticated), string(apperr.Forbidden):
		return apperr.Code(c)
	}
	// gqlgen reports bad variables and argument coercion (wrong types, unknown enum values) as plain errors.
	var ie *gqlerror.Error
	if errors.As(err, &ie) && ie.Rule != "" {
		return apperr.BadUserInput
	}
	if gqlErr.Message == "introspection disabled" {
		gqlErr.Message = "introspection is switched off on this server"
		return apperr.BadUserInput
	}
	if errors.Is(err, context.DeadlineExceeded) {
		gqlErr.Message = "the request took too long and was stopped; retry, or ask for less at once"
		return apperr.Internal
	}
	if isInputError(err) {
		return apperr.BadUserInput
	}
	return apperr.Internal
}

// fieldName is the input field or argument an error's path ends with (list positions skipped).
func fieldName(p ast.Path) string {
	for i := len(p) - 1; i >= 0; i-- {
		if n, ok := p[i].(ast.PathName); ok {
			return string(n)
		}
	}
	return ""
}

// inputError marks errors raised while decoding arguments.
type inputError struct{ error }

func isInputError(err error) bool {
	var ie inputError
	return errors.As(err, &ie)
}

// recoverPanic turns a resolver panic into an INTERNAL error and logs its value.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(v))
		return apperr.Wrap(apperr.Internal, fmt.Errorf("panic: %v", v), "")
	}
}

// rootCause is err for the log with its whole chain: gqlgen's error prints only the
// message it carries, and a domain error's message hides its cause from the client, so
// the log line would say "could not check the login" without saying why.
func rootCause(err error) string {
	msg := err.Error()
	if e, ok := apperr.As(err); ok && e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	for inner := errors.Unwrap(err); inner != nil; inner = errors.Unwrap(inner) {
		if _, isGQL := inner.(*gqlerror.Error); !isGQL {
			return msg + ": " + inner.Error()
		}
	}
	return msg
}
