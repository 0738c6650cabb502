package usage

import (
	"sort"
	"time"

	"github.com/countthings/countthings/ent/schema/enums"
)

// event is what the roll-ups read of a license event.
type event struct {
	Seq        int64
	Type       enums.LicenseEventType
	At         time.Time
	Pool       *enums.LicensePool
	DeviceID   *int
	PreviousID *int
}

// state is the pool after the last folded event.
type state struct {
	LastSeq  int64
	LastAt   *time.Time
	Standard int
	Floating int
	Waiting  int
}

func (s state) held() int   { return s.Standard + s.Floating }
func (s state) demand() int { return s.held() + s.Waiting }

// device is one device's state in the roll-ups.
type device struct {
	ID           int
	Pool         *enums.LicensePool
	SpanStart    *time.Time
	WaitingUntil *time.Time
	LastHeldAt   *time.Time
}

// hour is one UTC hour's roll-up row.
type hour struct {
	Hour                                   time.Time
	PeakHeld                               int
	PeakHeldAt                             time.Time
	PeakStandard, PeakFloating, PeakDemand int
	EndStandard, EndFloating, EndDemand    int
	NewInHour, NewInDay, NewInWeek         int
	Denials, Reclaims, Releases            int
}

func (h *hour) endHeld() int { return h.EndStandard + h.EndFloating }

// span is a closed stretch of demand of one device.
type span struct {
	DeviceID int
	Start    time.Time
	End      time.Time
	IdleFrom *time.Time
}

// folder folds events, in sequence order, into the roll-ups. It is deterministic: the same
// events from the same starting state give the same rows, whether folded in one pass
// (rebuild) or in many (catch-up after each change, across restarts).
type folder struct {
	idle    time.Duration
	st      state
	devs    map[int]*device
	waiting map[int]*device
	hours   map[time.Time]*hour // rows touched (loaded or new)
	dirty   map[int]bool        // devices changed
	spans   []span              // spans closed
}

func newFolder(idle time.Duration, st state, devs []*device, current *hour) *folder {
	f := &folder{idle: idle, st: st, devs: map[int]*device{}, waiting: map[int]*device{},
		hours: map[time.Time]*hour{}, dirty: map[int]bool{}}
	for _, d := range devs {
		f.devs[d.ID] = d
		if d.WaitingUntil != nil {
			f.waiting[d.ID] = d
		}
	}
	if current != nil {
		f.hours[current.Hour] = current
	}
	return f
}

func hourOf(t time.Time) time.Time { return t.UTC().Truncate(time.Hour) }
func dayOf(t time.Time) time.Time  { return t.UTC().Truncate(24 * time.Hour) }

// weekOf is the Monday 00:00 UTC starting t's ISO week (Go's zero time is a Monday).
func weekOf(t time.Time) time.Time { return t.UTC().Truncate(7 * 24 * time.Hour) }

func (f *folder) device(id int) *device {
	d := f.devs[id]
	if d == nil {
		d = &device{ID: id}
		f.devs[id] = d
	}
	f.dirty[id] = true
	return d
}

// row is the roll-up of t's hour, started from the pool's state when the hour has none yet.
func (f *folder) row(t time.Time) *hour {
	h := hourOf(t)
	r := f.hours[h]
	if r == nil {
		r = &hour{Hour: h, PeakHeld: f.st.held(), PeakHeldAt: h,
			PeakStandard: f.st.Standard, PeakFloating: f.st.Floating, PeakDemand: f.st.demand()}
		f.hours[h] = r
		f.note(r, t)
	}
	return r
}

// note records the pool's state at t in r: the end values and any new peak.
func (f *folder) note(r *hour, t time.Time) {
	r.EndStandard, r.EndFloating, r.EndDemand = f.st.Standard, f.st.Floating, f.st.demand()
	if held := f.st.held(); held > r.PeakHeld {
		r.PeakHeld, r.PeakHeldAt = held, t
	}
	r.PeakStandard = max(r.PeakStandard, f.st.Standard)
	r.PeakFloating = max(r.PeakFloating, f.st.Floating)
	r.PeakDemand = max(r.PeakDemand, f.st.demand())
}

// advance ends, in time order, the demand of refused devices whose wait ran out by t.
func (f *folder) advance(t time.Time) {
	for len(f.waiting) > 0 {
		var next *device
		for _, d := range f.waiting {
			if next == nil || d.WaitingUntil.Before(*next.WaitingUntil) ||
				(d.WaitingUntil.Equal(*next.WaitingUntil) && d.ID < next.ID) {
				next = d
			}
		}
		u := *next.WaitingUntil
		if u.After(t) {
			return
		}
		r := f.row(u)
		f.stopWaiting(next)
		f.closeSpan(next, u, nil)
		f.note(r, u)
		f.setClock(u)
	}
}

func (f *folder) setClock(t time.Time) {
	if f.st.LastAt == nil || t.After(*f.st.LastAt) {
		t := t
		f.st.LastAt = &t
	}
}

func (f *folder) stopWaiting(d *device) {
	if d.WaitingUntil == nil {
		return
	}
	d.WaitingUntil = nil
	delete(f.waiting, d.ID)
	f.st.Waiting--
	f.dirty[d.ID] = true
}

func (f *folder) closeSpan(d *device, end time.Time, idleFrom *time.Time) {
	if d.SpanStart != nil {
		f.spans = append(f.spans, span{DeviceID: d.ID, Start: *d.SpanStart, End: end, IdleFrom: idleFrom})
		d.SpanStart = nil
	}
	f.dirty[d.ID] = true
}

// apply folds one event. Times never go back: an event stamped before the last one folded
// (clocks of two instances) counts at the last one's time.
func (f *folder) apply(e event) {
	t := e.At.UTC()
	if f.st.LastAt != nil && t.Before(*f.st.LastAt) {
		t = *f.st.LastAt
	}
	f.advance(t)
	f.setClock(t)
	f.st.LastSeq = e.Seq
	r := f.row(t)
	switch e.Type {
	case enums.EventAssigned, enums.EventReserved:
		if e.DeviceID != nil && e.Pool != nil {
			f.gain(r, f.device(*e.DeviceID), *e.Pool, t)
		}
	case enums.EventMoved:
		if e.PreviousID != nil {
			f.lose(f.device(*e.PreviousID), t, false)
		}
		if e.DeviceID != nil && e.Pool != nil {
			f.gain(r, f.device(*e.DeviceID), *e.Pool, t)
		}
	case enums.EventReclaimed:
		r.Reclaims++
		if e.PreviousID != nil {
			f.lose(f.device(*e.PreviousID), t, true)
		}
		if e.DeviceID != nil && e.Pool != nil {
			f.gain(r, f.device(*e.DeviceID), *e.Pool, t)
		}
	case enums.EventReleased:
		r.Releases++
		if e.DeviceID != nil {
			f.lose(f.device(*e.DeviceID), t, false)
		}
	case enums.EventRemoved:
		if e.DeviceID != nil {
			f.lose(f.device(*e.DeviceID), t, false)
		}
	case enums.EventDenied:
		r.Denials++
		if e.DeviceID != nil {
			f.refuse(f.device(*e.DeviceID), t)
		}
	}
	f.note(r, t)
}

func (f *folder) count(p enums.LicensePool, delta int) {
	if p == enums.PoolFloating {
		f.st.Floating += delta
	} else {
		f.st.Standard += delta
	}
}

func (f *folder) gain(r *hour, d *device, p enums.LicensePool, t time.Time) {
	if d.Pool != nil { // already held one (a change of pool): no new demand, no new device
		f.count(*d.Pool, -1)
	} else {
		// Distinct devices per bucket: d is new to a bucket unless it held a license in it before.
		if d.LastHeldAt == nil || d.LastHeldAt.Before(hourOf(t)) {
			r.NewInHour++
		}
		if d.LastHeldAt == nil || d.LastHeldAt.Before(dayOf(t)) {
			r.NewInDay++
		}
		if d.LastHeldAt == nil || d.LastHeldAt.Before(weekOf(t)) {
			r.NewInWeek++
		}
	}
	f.stopWaiting(d)
	if d.SpanStart == nil {
		d.SpanStart = &t
	}
	pool := p
	d.Pool = &pool
	d.LastHeldAt = &t
	f.count(p, +1)
}

func (f *folder) lose(d *device, t time.Time, reclaimed bool) {
	if d.Pool == nil {
		return
	}
	f.count(*d.Pool, -1)
	d.Pool = nil
	d.LastHeldAt = &t
	var idleFrom *time.Time
	if reclaimed && d.SpanStart != nil {
		// Reclaimed: it had been idle for the account's idle time (the shipped strategies'
		// rule), so it did not want the license for that last stretch.
		from := t.Add(-f.idle)
		if from.Before(*d.SpanStart) {
			from = *d.SpanStart
		}
		idleFrom = &from
	}
	f.closeSpan(d, t, idleFrom)
}

func (f *folder) refuse(d *device, t time.Time) {
	if d.Pool != nil {
		return
	}
	if d.WaitingUntil == nil {
		f.st.Waiting++
		f.waiting[d.ID] = d
	}
	if d.SpanStart == nil {
		d.SpanStart = &t
	}
	until := t.Add(f.idle)
	d.WaitingUntil = &until
}

// touched is the rows changed, in hour order.
func (f *folder) touched() []*hour {
	out := make([]*hour, 0, len(f.hours))
	for _, r := range f.hours {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Hour.Before(out[j].Hour) })
	return out
}
