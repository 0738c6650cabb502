// Package scalar holds the GraphQL scalars whose decoding errors must reach clients as
// BAD_USER_INPUT with a plain message.
package scalar

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/countthings/countthings/internal/apperr"
)

// MarshalID writes an ID: opaque to clients, an integer inside.
func MarshalID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(strconv.Itoa(id))) })
}

// UnmarshalID reads an ID sent as a string (or, leniently, a number).
func UnmarshalID(v any) (int, error) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case int:
		return x, nil
	case int64:
		s = strconv.FormatInt(x, 10)
	default:
		return 0, apperr.BadInputf("an ID must be a string")
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 || len(s) > 20 {
		return 0, apperr.BadInputf("%s is not a valid ID", quoteShort(s))
	}
	return int(id), nil
}

// MarshalTime writes RFC 3339 with nanoseconds, in UTC.
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// UnmarshalTime reads an RFC 3339 time.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, apperr.BadInputf("a Time must be an RFC 3339 string such as 2026-12-31T23:59:59Z")
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, apperr.BadInputf("%s is not an RFC 3339 time such as 2026-12-31T23:59:59Z", quoteShort(s))
	}
	return t, nil
}

func quoteShort(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return fmt.Sprintf("%q", s)
}
