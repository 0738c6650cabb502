// Package scalar holds the GraphQL scalars whose decoding errors must reach clients as
// BAD_USER_INPUT with a plain message.
package scalar

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/countthings/countthings/internal/apperr"
)

// MarshalID writes an ID: opaque to clients, an integer inside.
func MarshalID(id int) graphql.Marshaler { return idValue(id) }

// idValue writes itself as a JSON string of digits, with no allocation when the writer is
// the executor's buffer.
type idValue int

func (v idValue) MarshalGQL(w io.Writer) {
	if buf, ok := w.(*bytes.Buffer); ok {
		_, _ = buf.Write(appendID(buf.AvailableBuffer(), int(v)))
		return
	}
	_, _ = w.Write(appendID(nil, int(v)))
}

func appendID(b []byte, id int) []byte {
	b = append(b, '"')
	b = strconv.AppendInt(b, int64(id), 10)
	return append(b, '"')
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
	// Canonical only: "+12", "012" or " 12" would name the same object under a second ID.
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 || strconv.FormatInt(id, 10) != s {
		return 0, apperr.BadInputf("%s is not a valid ID: pass an ID exactly as the API returned it", quoteShort(s))
	}
	return int(id), nil
}

// MarshalString writes a String as gqlgen does.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString reads every String argument and input field of the schema: text must be
// valid UTF-8 without NUL bytes (Postgres refuses both, and no field has a use for them).
// The error presenter puts the field's name in front of the message.
func UnmarshalString(v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err != nil {
		return "", apperr.New(apperr.BadUserInput, "a String was expected").OnField()
	}
	if err := CheckText(s); err != nil {
		return "", err
	}
	return s, nil
}

// CheckText refuses what no text field may hold: invalid UTF-8 and NUL bytes.
func CheckText(s string) *apperr.Error {
	if !utf8.ValidString(s) {
		return apperr.New(apperr.BadUserInput, "is not valid UTF-8 text").OnField()
	}
	if strings.IndexByte(s, 0) >= 0 {
		return apperr.New(apperr.BadUserInput, "holds a NUL character (U+0000), which no text may hold").OnField()
	}
	return nil
}

// MarshalTime writes RFC 3339 with nanoseconds, in UTC.
func MarshalTime(t time.Time) graphql.Marshaler { return timeValue(t) }

// timeValue writes itself as a JSON string (RFC 3339 has nothing to escape), with no
// allocation when the writer is the executor's buffer.
type timeValue time.Time

func (v timeValue) MarshalGQL(w io.Writer) {
	if buf, ok := w.(*bytes.Buffer); ok {
		_, _ = buf.Write(appendTime(buf.AvailableBuffer(), time.Time(v)))
		return
	}
	_, _ = w.Write(appendTime(nil, time.Time(v)))
}

func appendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.UTC().AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
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
