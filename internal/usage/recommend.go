package usage

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/countthings/countthings/ent"
	entdevice "github.com/countthings/countthings/ent/device"
	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/usagedevice"
	"github.com/countthings/countthings/ent/usagespan"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
)

// Recommendation is the split that would have served a window's demand at least cost.
type Recommendation struct {
	Standard         int
	Floating         int
	ProjectedDenials int
	CurrentCost      float64
	RecommendedCost  float64
	Explanation      string
}

// alwaysOn is the share of the window a device must want a license to be called always-on.
const alwaysOn = 0.9

// replayable are the shipped presets the replay follows; any other policy (an account's own)
// is replayed as the shipped default.
var replayable = map[string]bool{"idle-longest": true, "never-reclaim": true, "permission-priority": true}

// Recommend replays the demand seen over [from, to) against candidate splits and returns the
// cheapest whose replayed refusals stay within maxDenialRate of the requests.
func (s *Service) Recommend(ctx context.Context, accountID int, from, to time.Time, priceFactor, maxDenialRate float64) (*Recommendation, error) {
	if !from.Before(to) {
		return nil, apperr.BadInputf("from (%s) must be before to (%s)", from.UTC().Format(time.RFC3339), to.UTC().Format(time.RFC3339))
	}
	if to.Sub(from) > MaxWindow {
		return nil, apperr.BadInputf("the window is %.1f days long; ask for at most 400 days at a time", to.Sub(from).Hours()/24)
	}
	if math.IsNaN(priceFactor) || priceFactor <= 0 || priceFactor > 1000 {
		return nil, apperr.BadInputf("floatingPriceFactor must be above 0 and at most 1000 (the price of a FLOATING license in STANDARD ones), not %v", priceFactor)
	}
	if math.IsNaN(maxDenialRate) || maxDenialRate < 0 || maxDenialRate > 1 {
		return nil, apperr.BadInputf("maxDenialRate must be between 0 and 1 (a share of the requests), not %v", maxDenialRate)
	}
	if err := s.readable(ctx, accountID); err != nil {
		return nil, err
	}
	if err := s.CatchUp(ctx, accountID); err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "reading usage failed")
	}
	r, err := s.recommend(auth.WithSystem(ctx), accountID, from.UTC(), to.UTC(), priceFactor, maxDenialRate)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "computing the recommendation failed")
	}
	return r, nil
}

func (s *Service) recommend(ctx context.Context, accountID int, from, to time.Time, factor, rate float64) (*Recommendation, error) {
	c := s.db.Client
	acct, err := c.Account.Get(ctx, accountID)
	if err != nil {
		return nil, err
	}
	end := to
	// Demand still open counts up to and including now: a device that began wanting a
	// license at this very instant has a length in the replay (else it was dropped as empty).
	if now := s.now().UTC().Add(time.Millisecond); now.Before(end) {
		end = now
	}
	sp, err := s.spans(ctx, accountID, from, end)
	if err != nil {
		return nil, err
	}
	var curStd, curFl int
	var pools []struct {
		Pool  enums.LicensePool `json:"pool"`
		Count int               `json:"count"`
	}
	if err := c.License.Query().Where(license.AccountID(accountID)).GroupBy(license.FieldPool).Aggregate(ent.Count()).Scan(ctx, &pools); err != nil {
		return nil, err
	}
	for _, p := range pools {
		if p.Pool == enums.PoolFloating {
			curFl = p.Count
		} else {
			curStd = p.Count
		}
	}
	preset, policyWords := s.replayPolicy(ctx, acct)
	rp := newReplay(sp, preset != "never-reclaim")
	best := rp.best(factor, rate)
	w, _ := NewWindow(from, to, Hour)
	if w.To.After(end) && end.After(from) {
		w.To = Hour.start(end).Add(time.Hour)
	}
	u, err := s.usage(ctx, accountID, w)
	if err != nil {
		return nil, err
	}
	rec := &Recommendation{
		Standard: best.standard, Floating: best.floating, ProjectedDenials: best.denials,
		CurrentCost:     float64(curStd) + factor*float64(curFl),
		RecommendedCost: float64(best.standard) + factor*float64(best.floating),
	}
	codes, err := s.alwaysOnCodes(ctx, rp, end.Sub(from))
	if err != nil {
		return nil, err
	}
	rec.Explanation = explain(explainInput{
		from: from, to: to, devices: len(rp.devs), usage: u, codes: codes,
		curStd: curStd, curFl: curFl, factor: factor, rate: rate, best: best, requests: rp.requests,
		policy: policyWords, rec: rec,
	})
	return rec, nil
}

// replayPolicy is the preset the replay follows, and how the explanation names it.
func (s *Service) replayPolicy(ctx context.Context, acct *ent.Account) (string, string) {
	if s.presets != nil {
		p, err := s.presets.FloatingPreset(ctx, acct)
		if err == nil && p != nil && replayable[*p] {
			return *p, fmt.Sprintf("replayed with the account's FLOATING policy (the %q preset)", *p)
		}
		if err == nil && p == nil {
			return "idle-longest", `replayed with the shipped default FLOATING policy ("idle-longest"): the account's own policy is its own code, which cannot be replayed`
		}
	}
	return "idle-longest", `replayed with the shipped default FLOATING policy ("idle-longest")`
}

// spans are the stretches of demand inside [from, end): closed ones, and those still open.
func (s *Service) spans(ctx context.Context, accountID int, from, end time.Time) ([]span, error) {
	var out []span
	if !from.Before(end) {
		return out, nil
	}
	c := s.db.Client
	closed, err := c.UsageSpan.Query().
		Where(usagespan.AccountID(accountID), usagespan.EndAtGT(from), usagespan.StartAtLT(end)).
		Select(usagespan.FieldDeviceID, usagespan.FieldStartAt, usagespan.FieldEndAt, usagespan.FieldIdleFrom).
		All(ctx)
	if err != nil {
		return nil, err
	}
	out = make([]span, 0, len(closed))
	for _, r := range closed {
		out = append(out, clip(span{DeviceID: r.DeviceID, Start: r.StartAt, End: r.EndAt, IdleFrom: r.IdleFrom}, from, end))
	}
	open, err := c.UsageDevice.Query().
		Where(usagedevice.AccountID(accountID), usagedevice.SpanStartNotNil(), usagedevice.SpanStartLT(end)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range open {
		e := end
		if d.WaitingUntil != nil && d.WaitingUntil.Before(e) {
			e = *d.WaitingUntil
		}
		if e.After(from) {
			out = append(out, clip(span{DeviceID: d.DeviceID, Start: *d.SpanStart, End: e}, from, end))
		}
	}
	return out, nil
}

func clip(sp span, from, end time.Time) span {
	sp.Start, sp.End = sp.Start.UTC(), sp.End.UTC()
	if sp.Start.Before(from) {
		sp.Start = from
	}
	if sp.End.After(end) {
		sp.End = end
	}
	if sp.IdleFrom != nil {
		t := sp.IdleFrom.UTC()
		if t.Before(sp.Start) {
			t = sp.Start
		}
		if t.After(sp.End) {
			t = sp.End
		}
		sp.IdleFrom = &t
	}
	return sp
}

func (s *Service) alwaysOnCodes(ctx context.Context, rp *replay, window time.Duration) ([]string, error) {
	var ids []int
	for _, d := range rp.devs {
		if window > 0 && float64(d.busy) >= alwaysOn*float64(window) {
			ids = append(ids, d.id)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return s.db.Client.Device.Query().Where(entdevice.IDIn(ids...)).Order(ent.Asc(entdevice.FieldCode)).
		Select(entdevice.FieldCode).Strings(ctx)
}

type explainInput struct {
	from, to      time.Time
	devices       int
	usage         *Usage
	codes         []string
	curStd, curFl int
	factor, rate  float64
	best          split
	requests      int
	policy        string
	rec           *Recommendation
}

func explain(in explainInput) string {
	var b strings.Builder
	day := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	fmt.Fprintf(&b, "From %s to %s, %d devices wanted a license", day(in.from), day(in.to), in.devices)
	if in.devices == 0 {
		fmt.Fprintf(&b, ", so no license was needed. ")
	} else {
		fmt.Fprintf(&b, " (%d requests). ", in.requests)
	}
	var denials int
	var busiest *Point
	for _, p := range in.usage.Points {
		denials += p.Denials
		if p.PeakDemand > 0 && (busiest == nil || p.PeakDemand > busiest.PeakDemand) {
			busiest = p
		}
	}
	if busiest != nil {
		fmt.Fprintf(&b, "The busiest hour was %s, with %d devices wanting a license at once. ", day(busiest.Start), busiest.PeakDemand)
	}
	switch n := len(in.codes); {
	case n == 0:
		b.WriteString("No device looks always-on. ")
	default:
		shown := in.codes
		more := ""
		if n > 10 {
			shown, more = in.codes[:10], fmt.Sprintf(" and %d more", n-10)
		}
		fmt.Fprintf(&b, "%d device(s) look always-on (wanted a license at least %d%% of the time): %s%s. ", n, int(alwaysOn*100), strings.Join(shown, ", "), more)
	}
	fmt.Fprintf(&b, "The current split (%d STANDARD, %d FLOATING, cost %s) refused %d request(s). ", in.curStd, in.curFl, num(in.rec.CurrentCost), denials)
	fmt.Fprintf(&b, "Recommended: %d STANDARD (for the devices that wanted a license the longest) and %d FLOATING shared by the rest, cost %s with a FLOATING license at %s; ",
		in.best.standard, in.best.floating, num(in.rec.RecommendedCost), num(in.factor))
	fmt.Fprintf(&b, "it would have refused %d request(s) (allowed: %s of them). ", in.best.denials, pct(in.rate))
	switch d := in.rec.RecommendedCost - in.rec.CurrentCost; {
	case d < 0:
		fmt.Fprintf(&b, "That saves %s. ", num(-d))
	case d > 0:
		fmt.Fprintf(&b, "That costs %s more than today, to serve the demand seen. ", num(d))
	default:
		b.WriteString("That costs the same as today. ")
	}
	fmt.Fprintf(&b, "Demand %s.", in.policy)
	return b.String()
}

func num(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

func pct(r float64) string { return num(r*100) + "%" }

// ----- the replay -----

type demandOf struct {
	id    int
	busy  time.Duration // time it wanted a license (idle tails excluded)
	spans []int
}

type point struct {
	at   time.Time
	kind int8 // 0 end, 1 idle from, 2 start: ends first, a freed seat is taken at once
	span int
}

type replay struct {
	spans    []span
	devs     []*demandOf // most demand first
	rank     []int       // span → its device's index in devs
	points   []point     // every span's points, in time order
	reclaims bool
	requests int
}

func newReplay(sp []span, reclaims bool) *replay {
	rp := &replay{spans: sp, reclaims: reclaims}
	byID := map[int]*demandOf{}
	for i, s := range sp {
		if !s.Start.Before(s.End) {
			continue
		}
		d := byID[s.DeviceID]
		if d == nil {
			d = &demandOf{id: s.DeviceID}
			byID[s.DeviceID] = d
			rp.devs = append(rp.devs, d)
		}
		d.spans = append(d.spans, i)
		d.busy += busyEnd(s, reclaims).Sub(s.Start)
		rp.requests++
		rp.points = append(rp.points, point{at: s.Start, kind: 2, span: i}, point{at: s.End, kind: 0, span: i})
		if reclaims && s.IdleFrom != nil && s.IdleFrom.Before(s.End) {
			rp.points = append(rp.points, point{at: *s.IdleFrom, kind: 1, span: i})
		}
	}
	slices.SortFunc(rp.devs, func(a, b *demandOf) int {
		if c := cmp.Compare(b.busy, a.busy); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	rp.rank = make([]int, len(sp))
	for i, d := range rp.devs {
		for _, s := range d.spans {
			rp.rank[s] = i
		}
	}
	slices.SortFunc(rp.points, func(a, b point) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		if c := cmp.Compare(a.kind, b.kind); c != 0 {
			return c
		}
		return cmp.Compare(a.span, b.span)
	})
	return rp
}

// busyEnd is when the span stopped wanting its license: an idle tail is reclaimable.
func busyEnd(s span, reclaims bool) time.Time {
	if reclaims && s.IdleFrom != nil && s.IdleFrom.Before(s.End) {
		return *s.IdleFrom
	}
	return s.End
}

type split struct {
	standard, floating, denials int
}

// peaks[k] is the FLOATING seats that serve every request when the k devices with the most
// demand hold STANDARD licenses: the most busy spans of the others at once (an idle holder's
// seat is reclaimed when the policy reclaims). Devices are added to the FLOATING side from the
// least demand up, each span a range increment in a max segment tree over the span edges.
func (rp *replay) peaks() []int {
	n := len(rp.devs)
	out := make([]int, n+1)
	var times []time.Time
	for _, p := range rp.points {
		if p.kind != 1 || rp.reclaims {
			times = append(times, p.at)
		}
	}
	times = slices.CompactFunc(times, func(a, b time.Time) bool { return a.Equal(b) })
	idx := func(t time.Time) int {
		i, _ := slices.BinarySearchFunc(times, t, func(a, b time.Time) int { return a.Compare(b) })
		return i
	}
	st := newMaxTree(len(times))
	for k := n - 1; k >= 0; k-- {
		for _, si := range rp.devs[k].spans {
			s := rp.spans[si]
			lo, hi := idx(s.Start), idx(busyEnd(s, rp.reclaims))
			if lo < hi {
				st.add(lo, hi-1, 1)
			}
		}
		out[k] = st.max()
	}
	return out
}

// denials replays the requests of the devices ranked k and below against f FLOATING seats.
func (rp *replay) denials(k, f int) int {
	served := make([]int8, len(rp.spans)) // 0 not (yet), 1 busy, 2 idle, 3 gone
	busy, idle, denied := 0, 0, 0
	var idleQ []int
	for _, p := range rp.points {
		if rp.rank[p.span] < k {
			continue
		}
		switch p.kind {
		case 2:
			switch {
			case busy+idle < f:
				served[p.span] = 1
				busy++
			case rp.reclaims && idle > 0:
				for len(idleQ) > 0 && served[idleQ[0]] != 2 {
					idleQ = idleQ[1:]
				}
				served[idleQ[0]] = 3
				idleQ = idleQ[1:]
				idle--
				served[p.span] = 1
				busy++
			default:
				denied++
			}
		case 1:
			if served[p.span] == 1 {
				served[p.span] = 2
				busy--
				idle++
				idleQ = append(idleQ, p.span)
			}
		case 0:
			switch served[p.span] {
			case 1:
				busy--
			case 2:
				idle--
			}
			served[p.span] = 3
		}
	}
	return denied
}

// best is the cheapest split within the denial rate: for each number k of STANDARD licenses
// (given to the devices with the most demand), the fewest FLOATING seats that keep the
// replayed refusals within the rate.
func (rp *replay) best(factor, rate float64) split {
	n := len(rp.devs)
	peaks := rp.peaks()
	allowed := int(math.Floor(rate*float64(rp.requests) + 1e-9))
	cost := func(s split) float64 { return float64(s.standard) + factor*float64(s.floating) }
	better := func(a, b split) bool {
		ca, cb := cost(a), cost(b)
		if math.Abs(ca-cb) > 1e-9 {
			return ca < cb
		}
		if a.standard+a.floating != b.standard+b.floating {
			return a.standard+a.floating < b.standard+b.floating
		}
		return a.standard > b.standard
	}
	best := split{standard: n}
	for k := 0; k <= n; k++ {
		if c := (split{standard: k, floating: peaks[k]}); better(c, best) {
			best = c
		}
	}
	if allowed == 0 {
		best.denials = rp.denials(best.standard, best.floating)
		return best
	}
	// Refusals allowed: fewer FLOATING seats may do. Try the splits whose seats alone could
	// beat the best so far, a bisection of the seats each (refusals fall as seats grow).
	for _, k := range candidates(n, best.standard) {
		if float64(k) >= cost(best) {
			continue
		}
		lo, hi := 0, peaks[k]
		for lo < hi {
			mid := (lo + hi) / 2
			if rp.denials(k, mid) <= allowed {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		if c := (split{standard: k, floating: lo}); better(c, best) {
			best = c
		}
	}
	best.denials = rp.denials(best.standard, best.floating)
	return best
}

// candidates are the numbers of STANDARD licenses worth a bisection: all of them for a
// small account, else 64 spread over the range and the neighbourhood of the best without
// refusals.
func candidates(n, near int) []int {
	if n <= 64 {
		out := make([]int, n+1)
		for i := range out {
			out[i] = i
		}
		return out
	}
	set := map[int]bool{}
	for i := 0; i <= 64; i++ {
		set[i*n/64] = true
	}
	for d := -8; d <= 8; d++ {
		if k := near + d; k >= 0 && k <= n {
			set[k] = true
		}
	}
	out := make([]int, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// maxTree is a segment tree of counts with range add and the maximum over all.
type maxTree struct {
	n        int
	mx, lazy []int
}

func newMaxTree(n int) *maxTree {
	if n < 1 {
		n = 1
	}
	return &maxTree{n: n, mx: make([]int, 4*n), lazy: make([]int, 4*n)}
}

func (t *maxTree) add(lo, hi, v int) { t.update(1, 0, t.n-1, lo, hi, v) }

func (t *maxTree) update(node, l, r, lo, hi, v int) {
	if hi < l || r < lo {
		return
	}
	if lo <= l && r <= hi {
		t.mx[node] += v
		t.lazy[node] += v
		return
	}
	m := (l + r) / 2
	t.update(2*node, l, m, lo, hi, v)
	t.update(2*node+1, m+1, r, lo, hi, v)
	t.mx[node] = max(t.mx[2*node], t.mx[2*node+1]) + t.lazy[node]
}

func (t *maxTree) max() int { return t.mx[1] }
