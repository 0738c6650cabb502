package events

import (
	"bytes"
	"strings"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
)

// Cursor is the event's opaque, ordered cursor: exactly what its edge's ent.Cursor
// marshals to, so `cursor` and `edges.cursor` are the same string.
func Cursor(e *ent.LicenseEvent) string { return cursorString(e.Seq) }

func edgeCursor(seq int64) ent.Cursor { return ent.Cursor{ID: int(seq)} }

// cursorMemo remembers recent cursors: an event delivered to 10,000 subscribers has its
// cursor asked for 10,000 times, and encoding one (msgpack, base64) is a few microseconds.
var cursorMemo = func() *lru.Cache[int64, string] {
	c, _ := lru.New[int64, string](256)
	return c
}()

func cursorString(seq int64) string {
	if s, ok := cursorMemo.Get(seq); ok {
		return s
	}
	var b bytes.Buffer
	edgeCursor(seq).MarshalGQL(&b)
	s := strings.Trim(b.String(), `"`)
	cursorMemo.Add(seq, s)
	return s
}

// decodeCursor returns the sequence number a cursor stands for (0 when there is none).
// The empty string is the cursor before the account's first event: "from the start".
func decodeCursor(after *string) (int64, error) {
	if after == nil || *after == "" {
		return 0, nil
	}
	var c ent.Cursor
	if len(*after) > 64 || c.UnmarshalGQL(*after) != nil || c.Value != nil || c.ID < 0 || cursorString(int64(c.ID)) != *after {
		return 0, apperr.BadInputf("after is not a cursor of this event log: pass a LicenseEvent cursor or an edge cursor from licenseEvents, or \"\" for the start of the log")
	}
	return int64(c.ID), nil
}
