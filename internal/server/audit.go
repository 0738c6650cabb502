package server

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/limits"
)

// auditLog writes an audit line (msg "audit", audit=true) for every mutation, whatever its
// outcome: logins (success and failure), users, API tokens, policies, settings, licenses,
// webhooks, accounts; and for every operation refused by a limit (RATE_LIMITED). Who: the
// viewer (viewer_id, account_id, role, api_token_id), the client address and the request id
// (LogHandler adds both); what: the mutation, its arguments with every secret taken out, the
// outcome (ok or the error code) and the id of what it made or changed.
type auditLog struct{ log *slog.Logger }

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = auditLog{}

func (auditLog) ExtensionName() string                   { return "AuditLog" }
func (auditLog) Validate(graphql.ExecutableSchema) error { return nil }

func (a auditLog) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || (fc.Object != "Mutation" && fc.Object != "Query" && fc.Object != "Subscription") {
		return next(ctx) // not a root field
	}
	res, err := next(ctx)
	mutation := fc.Object == "Mutation"
	code := apperr.Code("")
	if err != nil {
		code = apperr.CodeOf(err)
	}
	if !mutation && code != apperr.RateLimited {
		return res, err
	}
	attrs := make([]slog.Attr, 0, 12)
	attrs = append(attrs, slog.Bool("audit", true), slog.String("action", fc.Field.Name))
	outcome := "ok"
	if err != nil {
		outcome = string(code)
		if outcome == "" {
			outcome = string(apperr.Internal)
		}
	}
	attrs = append(attrs, slog.String("outcome", outcome))
	if v, ok := auth.ViewerFrom(ctx); ok {
		attrs = append(attrs, slog.Int("viewer_id", v.UserID), slog.String("role", v.Role))
		if v.AccountID != 0 {
			attrs = append(attrs, slog.Int("account_id", v.AccountID))
		}
		if v.TokenID != 0 {
			attrs = append(attrs, slog.Int("api_token_id", v.TokenID))
		}
	}
	if args := auditArgs(fc.Args); len(args) > 0 {
		attrs = append(attrs, slog.Any("args", args))
	}
	if err == nil {
		attrs = append(attrs, resultIDs(res)...)
	}
	level := slog.LevelInfo
	if code == apperr.RateLimited {
		level = slog.LevelWarn
		attrs = append(attrs, slog.Bool("limit_hit", true))
	}
	a.log.LogAttrs(ctx, level, "audit", attrs...)
	return res, err
}

// secretKey names the arguments never written: passwords, tokens, webhook secrets.
var secretKey = regexp.MustCompile(`(?i)password|secret|token|credential`)

// auditArgs are a mutation's arguments as JSON values, each secret replaced by "[redacted]",
// an email masked (limits.MaskEmail), a long string (a policy's source) by its length, and
// any string that looks like one of our tokens redacted wherever it is.
func auditArgs(args map[string]any) map[string]any {
	if len(args) == 0 {
		return nil
	}
	raw, err := json.Marshal(args)
	if err != nil {
		return map[string]any{"unprintable": true}
	}
	var out map[string]any
	if json.Unmarshal(raw, &out) != nil {
		return map[string]any{"unprintable": true}
	}
	for k, v := range out {
		out[k] = scrub(k, v)
	}
	return out
}

func scrub(key string, v any) any {
	if secretKey.MatchString(key) && v != nil {
		return "[redacted]"
	}
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = scrub(k, e)
		}
		return v
	case []any:
		for i, e := range v {
			v[i] = scrub(key, e)
		}
		return v
	case string:
		switch {
		case strings.HasPrefix(v, auth.SessionTokenPrefix), strings.HasPrefix(v, auth.APITokenPrefix):
			return "[redacted]"
		case strings.EqualFold(key, "email"):
			return limits.MaskEmail(v)
		case len(v) > 200:
			return fmt.Sprintf("(%d bytes)", len(v))
		}
	}
	return v
}

// resultIDs names what a mutation made or changed: the result's ID, and the IDs of the user,
// device and account it carries (a login's user).
func resultIDs(res any) []slog.Attr {
	rv := reflect.ValueOf(res)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil
	}
	var attrs []slog.Attr
	if id, ok := intField(rv, "ID"); ok {
		attrs = append(attrs, slog.Int("target_id", id))
	}
	for _, name := range []string{"User", "Device", "Account"} {
		f := rv.FieldByName(name)
		if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() {
			continue
		}
		if id, ok := intField(f.Elem(), "ID"); ok {
			attrs = append(attrs, slog.Int(strings.ToLower(name)+"_id", id))
		}
	}
	return attrs
}

func intField(rv reflect.Value, name string) (int, bool) {
	if rv.Kind() != reflect.Struct {
		return 0, false
	}
	f := rv.FieldByName(name)
	if !f.IsValid() || !f.CanInt() {
		return 0, false
	}
	return int(f.Int()), true
}
