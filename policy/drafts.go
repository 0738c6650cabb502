package policy

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
)

// ErrBusy says every worker checking drafts is busy and the queue is full; callers
// answer RATE_LIMITED (try again in a moment).
var ErrBusy = errors.New("policy: too many policy drafts are being checked at once; try again in a moment")

// draftPool runs the checks of untrusted drafts (compilation, conformance cases, a dry run)
// on a few workers, so that many at once cannot take the cores live decisions need: at
// most workers run, at most queue wait (as long as their caller's context lets them),
// and beyond that ErrBusy.
type draftPool struct {
	slots   chan struct{}
	queue   int64
	waiting atomic.Int64
	running atomic.Int64 // for tests
}

// DefaultDraftWorkers is half the cores, at least one.
func DefaultDraftWorkers() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// DefaultDraftQueue is how many drafts wait for a worker by default.
const DefaultDraftQueue = 16

func newDraftPool(workers, queue int) *draftPool {
	return &draftPool{slots: make(chan struct{}, max(workers, 1)), queue: int64(max(queue, 0))}
}

// WithDraftPool sets how many untrusted drafts are checked at once (default half the
// cores) and how many more may wait for their turn (default 16).
func WithDraftPool(workers, queue int) Option {
	return func(e *Engine) { e.drafts = newDraftPool(workers, queue) }
}

func (p *draftPool) run(ctx context.Context, f func()) error {
	select {
	case p.slots <- struct{}{}:
	default:
		if p.waiting.Add(1) > p.queue {
			p.waiting.Add(-1)
			return ErrBusy
		}
		select {
		case p.slots <- struct{}{}:
			p.waiting.Add(-1)
		case <-ctx.Done():
			p.waiting.Add(-1)
			return ctx.Err()
		}
	}
	p.running.Add(1)
	defer func() {
		p.running.Add(-1)
		<-p.slots
	}()
	f()
	return nil
}

// DraftsRunning is how many drafts are being checked now (for tests and metrics).
func (e *Engine) DraftsRunning() int { return int(e.drafts.running.Load()) }

// DraftsWaiting is how many drafts wait for a worker now (for tests and metrics).
func (e *Engine) DraftsWaiting() int { return int(e.drafts.waiting.Load()) }
