package usage

import (
	"context"
	"io"
	"strconv"
	"time"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/usagedevice"
	"github.com/countthings/countthings/ent/usagehour"
	"github.com/countthings/countthings/ent/usagestate"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
)

// Bucket is the width of a usage point.
type Bucket string

const (
	Hour Bucket = "HOUR"
	Day  Bucket = "DAY"
	Week Bucket = "WEEK"
)

// Limits of a window (API.md).
const (
	MaxWindow = 400 * 24 * time.Hour
	MaxPoints = 10000
)

func (b Bucket) width() time.Duration {
	switch b {
	case Hour:
		return time.Hour
	case Week:
		return 7 * 24 * time.Hour
	}
	return 24 * time.Hour
}

// start is the UTC start of t's bucket (weeks start on Monday).
func (b Bucket) start(t time.Time) time.Time { return t.UTC().Truncate(b.width()) }

// Usage is an account's use of its pool over a window.
type Usage struct {
	From       time.Time
	To         time.Time
	Bucket     Bucket
	Points     []*Point
	PeakHeld   int
	PeakHeldAt *time.Time
	PeakDemand int
}

// Point is one bucket of a Usage.
type Point struct {
	Start         time.Time
	PeakHeld      int
	PeakStandard  int
	PeakFloating  int
	PeakDemand    int
	ActiveDevices int
	Denials       int
	Reclaims      int
	Releases      int
}

// Window is a checked [From, To) with its bucket: edges moved out to whole buckets.
type Window struct {
	From, To time.Time
	Bucket   Bucket
}

// NewWindow checks a window as API.md says; the edges are then moved out to the bucket's
// UTC boundaries (a point is a whole bucket).
func NewWindow(from, to time.Time, b Bucket) (Window, error) {
	switch b {
	case Hour, Day, Week:
	default:
		return Window{}, apperr.BadInputf("bucket must be HOUR, DAY or WEEK, not %q", b)
	}
	if !from.Before(to) {
		return Window{}, apperr.BadInputf("from (%s) must be before to (%s)", from.UTC().Format(time.RFC3339), to.UTC().Format(time.RFC3339))
	}
	if to.Sub(from) > MaxWindow {
		return Window{}, apperr.BadInputf("the window is %.1f days long; ask for at most 400 days at a time", to.Sub(from).Hours()/24)
	}
	w := Window{From: b.start(from), To: b.start(to), Bucket: b}
	if w.To.Before(to) {
		w.To = w.To.Add(b.width())
	}
	if n := w.points(); n > MaxPoints {
		return Window{}, apperr.BadInputf("the window has %d %s points; ask for at most %d (a wider bucket or a shorter window)", n, b, MaxPoints)
	}
	return w, nil
}

func (w Window) points() int { return int(w.To.Sub(w.From) / w.Bucket.width()) }

// readable checks the viewer may read the account's usage (usage.read).
func (s *Service) readable(ctx context.Context, accountID int) error {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return err
	}
	if v.Role != auth.RoleSupport && v.AccountID != accountID {
		return apperr.NotFoundf("no account with this ID")
	}
	return s.authz.Require(ctx, "usage.read", authz.Resource{Type: "account", ID: accountID, AccountID: accountID})
}

// Usage is the account's use of its pool over the window, one point per bucket.
func (s *Service) Usage(ctx context.Context, accountID int, from, to time.Time, b Bucket) (*Usage, error) {
	w, err := NewWindow(from, to, b)
	if err != nil {
		return nil, err
	}
	if err := s.readable(ctx, accountID); err != nil {
		return nil, err
	}
	if err := s.CatchUp(ctx, accountID); err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading usage failed")
	}
	u, err := s.usage(auth.WithSystem(ctx), accountID, w)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading usage failed")
	}
	return u, nil
}

// tail is what happens after the last folded event: only waiting devices' demand runs out.
type tail struct {
	at      *time.Time  // the last folded event's time (nil: none yet)
	held    state       // the pool after it
	waiting []time.Time // when each waiting device's demand ends
}

func (t tail) demandAt(x time.Time) int {
	d := t.held.held()
	for _, u := range t.waiting {
		if u.After(x) {
			d++
		}
	}
	return d
}

func (s *Service) usage(ctx context.Context, accountID int, w Window) (*Usage, error) {
	c := s.db.Client
	rows, err := c.UsageHour.Query().
		Where(usagehour.AccountID(accountID), usagehour.HourGTE(w.From), usagehour.HourLT(w.To)).
		Order(ent.Asc(usagehour.FieldHour)).All(ctx)
	if err != nil {
		return nil, err
	}
	carry, err := c.UsageHour.Query().
		Where(usagehour.AccountID(accountID), usagehour.HourLT(w.From)).
		Order(ent.Desc(usagehour.FieldHour)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	var tl tail
	st, err := c.UsageState.Query().Where(usagestate.AccountID(accountID)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if st != nil && st.LastAt != nil {
		at := st.LastAt.UTC()
		tl.at = &at
		tl.held = state{Standard: st.HeldStandard, Floating: st.HeldFloating}
		if st.Waiting > 0 {
			ws, err := c.UsageDevice.Query().Where(usagedevice.AccountID(accountID), usagedevice.WaitingUntilNotNil()).All(ctx)
			if err != nil {
				return nil, err
			}
			for _, w := range ws {
				tl.waiting = append(tl.waiting, w.WaitingUntil.UTC())
			}
		}
	}
	hs := make([]*hour, len(rows))
	for i, r := range rows {
		hs[i] = fromRow(r)
	}
	var start *hour
	if carry != nil {
		start = fromRow(carry)
	}
	return aggregate(w, hs, start, tl, s.now()), nil
}

// aggregate turns hourly rows (hs, in order, inside w; start the last row before w) into
// w's points. An hour without a row is like the end of the row before it, except after the
// last folded event, when refused devices' demand runs out (tl), and from now on, which has
// not happened yet.
func aggregate(w Window, hs []*hour, start *hour, tl tail, now time.Time) *Usage {
	u := &Usage{From: w.From, To: w.To, Bucket: w.Bucket, Points: []*Point{}}
	var std, fl, demand int // the state carried into the next hour without a row
	if start != nil {
		std, fl, demand = start.EndStandard, start.EndFloating, start.EndDemand
	}
	any := len(hs) > 0 || std+fl+demand > 0
	if !any && tl.at != nil && tl.at.Before(w.From) {
		any = tl.demandAt(w.From) > 0
	}
	if !any {
		return u // nothing happened, nothing held or wanted: zero points
	}
	width := w.Bucket.width()
	next := 0
	peakAt := time.Time{}
	for b := w.From; b.Before(w.To); b = b.Add(width) {
		p := &Point{Start: b}
		heldAtStart := -1
		var newDevices int
		for h := b; h.Before(b.Add(width)) && h.Before(w.To); h = h.Add(time.Hour) {
			var r *hour
			if next < len(hs) && hs[next].Hour.Equal(h) {
				r = hs[next]
				next++
			}
			if !h.Before(now) {
				std, fl, demand = 0, 0, 0 // the future
				if r == nil {
					if heldAtStart < 0 {
						heldAtStart = 0
					}
					continue
				}
			}
			if r == nil {
				if tl.at != nil && h.After(*tl.at) {
					demand = tl.demandAt(h)
				}
				r = &hour{Hour: h, PeakHeld: std + fl, PeakHeldAt: h, PeakStandard: std, PeakFloating: fl, PeakDemand: demand,
					EndStandard: std, EndFloating: fl, EndDemand: demand}
			}
			if heldAtStart < 0 {
				heldAtStart = std + fl
			}
			if r.PeakHeld > p.PeakHeld {
				p.PeakHeld = r.PeakHeld
				if r.PeakHeld > u.PeakHeld {
					u.PeakHeld, peakAt = r.PeakHeld, r.PeakHeldAt
				}
			}
			p.PeakStandard = max(p.PeakStandard, r.PeakStandard)
			p.PeakFloating = max(p.PeakFloating, r.PeakFloating)
			p.PeakDemand = max(p.PeakDemand, r.PeakDemand)
			p.Denials += r.Denials
			p.Reclaims += r.Reclaims
			p.Releases += r.Releases
			switch w.Bucket {
			case Hour:
				newDevices += r.NewInHour
			case Day:
				newDevices += r.NewInDay
			default:
				newDevices += r.NewInWeek
			}
			std, fl, demand = r.EndStandard, r.EndFloating, r.EndDemand
		}
		p.ActiveDevices = max(heldAtStart, 0) + newDevices
		u.PeakDemand = max(u.PeakDemand, p.PeakDemand)
		u.Points = append(u.Points, p)
	}
	if u.PeakHeld > 0 {
		at := peakAt
		u.PeakHeldAt = &at
	}
	return u
}

// MarshalGQL writes the bucket as its GraphQL enum value.
func (b Bucket) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(b))) }

// UnmarshalGQL reads a GraphQL enum value.
func (b *Bucket) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.BadInputf("bucket must be a string")
	}
	switch Bucket(s) {
	case Hour, Day, Week:
		*b = Bucket(s)
		return nil
	}
	return apperr.BadInputf("%q is not a valid UsageBucket (one of HOUR, DAY, WEEK)", s)
}
