package events

import (
	"bytes"
	"strings"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
)

// Cursor is the event's opaque, ordered cursor: exactly what its edge's ent.Cursor
// marshals to, so `cursor` and `edges.cursor` are the same string.
func Cursor(e *ent.LicenseEvent) string { return cursorString(e.Seq) }

func edgeCursor(seq int64) ent.Cursor { return ent.Cursor{ID: int(seq)} }

func cursorString(seq int64) string {
	var b bytes.Buffer
	edgeCursor(seq).MarshalGQL(&b)
	return strings.Trim(b.String(), `"`)
}

// decodeCursor returns the sequence number a cursor stands for (0 when there is none).
func decodeCursor(after *string) (int64, error) {
	if after == nil {
		return 0, nil
	}
	var c ent.Cursor
	if len(*after) > 64 || c.UnmarshalGQL(*after) != nil || c.Value != nil || c.ID < 0 || cursorString(int64(c.ID)) != *after {
		return 0, apperr.BadInputf("after is not a cursor of this event log: pass a LicenseEvent cursor or an edge cursor from licenseEvents")
	}
	return int64(c.ID), nil
}
