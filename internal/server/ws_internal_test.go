package server

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// A result's frame is what encoding/json makes of the message, written directly when the
// result is data alone (the executor hands over an empty, non-nil extensions map).
func TestNextFrame(t *testing.T) {
	id, _ := json.Marshal("op \"1\" ✓")
	for _, c := range []struct {
		resp   *graphql.Response
		direct bool
	}{
		{&graphql.Response{Data: json.RawMessage(`{"licenseEvents":{"type":"MOVED"}}`)}, true},
		{&graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{}}, true},
		{&graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 3}}, false},
		{&graphql.Response{Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "no", Extensions: map[string]any{"code": "FORBIDDEN"}}}}, false},
		{&graphql.Response{Errors: gqlerror.List{{Message: "no"}}}, false},
	} {
		b, direct, err := nextFrame([]byte("stale"), id, c.resp)
		require.NoError(t, err)
		require.Equal(t, c.direct, direct, "%+v", c.resp)
		payload, err := json.Marshal(c.resp)
		require.NoError(t, err)
		want, err := json.Marshal(map[string]any{"id": "op \"1\" ✓", "type": "next", "payload": json.RawMessage(payload)})
		require.NoError(t, err)
		require.JSONEq(t, string(want), string(b[len("stale"):]))
	}
}
