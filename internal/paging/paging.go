// Package paging holds the rules every Relay connection shares: how many items a page
// holds, and what an `after` cursor must be.
package paging

import (
	"strings"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/internal/apperr"
)

const (
	// Default is a page's size when first is not given.
	Default = 50
	// Max caps first.
	Max = 100
)

// Size is the page size for first (def when nil). A negative first, or one over Max, is
// BAD_USER_INPUT: a client asking for more than a page holds is told so, not handed a
// shorter page it might take for the whole list.
func Size(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 0 || *first > Max {
		return 0, apperr.BadInputf("first is %d: it must be 0 or more and at most %d; page through longer lists with after", *first, Max)
	}
	return *first, nil
}

// Cursor decodes an ent pagination cursor (nil when after is nil); anything else is BAD_USER_INPUT.
func Cursor(after *string) (*ent.Cursor, error) {
	if after == nil {
		return nil, nil
	}
	var c ent.Cursor
	if len(*after) > 256 || c.UnmarshalGQL(*after) != nil || c.ID <= 0 || canonical(c) != *after {
		return nil, apperr.BadInputf("after is not a cursor of this list: pass an endCursor you were given")
	}
	return &c, nil
}

// canonical is the one spelling of a cursor: what the API itself hands out.
func canonical(c ent.Cursor) string {
	var b strings.Builder
	c.MarshalGQL(&b)
	return strings.Trim(b.String(), `"`)
}
