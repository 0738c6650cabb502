package policies

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/countthings/countthings/internal/reqcache"
	"strconv"
	"sync"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/policy"
)

// activeCacheSize bounds the accounts' sources kept in memory (a source is up to the engine's size limit).
const activeCacheSize = 4096

type activeKey struct {
	accountID int
	kind      enums.PolicyKind
}

type activeEntry struct {
	version int
	custom  *policy.Version // nil: the shipped default
}

// activeCache remembers the last active version seen per account and kind. Versions are
// immutable, so (account, kind, version) always maps to the same source.
type activeCache struct {
	mu      sync.RWMutex
	entries map[activeKey]activeEntry
}

func newActiveCache() *activeCache { return &activeCache{entries: map[activeKey]activeEntry{}} }

func (c *activeCache) get(k activeKey) (activeEntry, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.entries[k]
	return e, ok
}

func (c *activeCache) put(k activeKey, e activeEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[k]; !ok && len(c.entries) >= activeCacheSize {
		for old := range c.entries { // evict any one: a miss costs one small query
			delete(c.entries, old)
			break
		}
	}
	c.entries[k] = e
}

// Active is the account's active policy of kind; nil means the shipped default, which the
// engine evaluates with its own prepared query (no per-account compile).
//
// Every call re-reads the active version number (one lookup on the partial unique index),
// so a version activated by any instance sharing the database takes effect on the next
// request; the source is read only when that number changes.
// PrimeActiveVersion tells this request's cache the account's active version of kind (0:
// none), read together with the session by the token check, so that the request's policy
// checks need no lookup of their own. Without a request cache in ctx it does nothing.
func PrimeActiveVersion(ctx context.Context, accountID int, kind enums.PolicyKind, version int) {
	reqcache.Put(ctx, activeKey{accountID, kind}, version)
}

func (s *Service) Active(ctx context.Context, accountID int, kind enums.PolicyKind) (*policy.Version, error) {
	// One lookup per request, however many checks the request makes.
	version, err := reqcache.Get(ctx, activeKey{accountID, kind}, func() (int, error) {
		return s.activeVersion(ctx, accountID, kind)
	})
	if err != nil {
		return nil, fmt.Errorf("active %s policy of account %d: %w", kind, accountID, err)
	}
	if version == 0 {
		return nil, nil // an account without versions runs the shipped default
	}
	key := activeKey{accountID, kind}
	if e, ok := s.active.get(key); ok && e.version == version {
		return e.custom, nil
	}
	pv, err := s.db.Client.PolicyVersion.Query().
		Where(policyversion.AccountID(accountID), policyversion.KindEQ(kind), policyversion.Version(version)).
		Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s policy version %d of account %d: %w", kind, version, accountID, err)
	}
	e := activeEntry{version: pv.Version, custom: asCustom(pv)}
	s.active.put(key, e)
	return e.custom, nil
}

// activeVersion is the number of the active version, 0 if there is none. The query has no
// parameters (both values are checked literals) so lib/pq sends it in one round trip, not
// the two of a parameterised one.
func (s *Service) activeVersion(ctx context.Context, accountID int, kind enums.PolicyKind) (int, error) {
	if kind != enums.PolicyPermissions && kind != enums.PolicyFloating {
		return 0, fmt.Errorf("unknown policy kind %q", kind)
	}
	query := "SELECT " + policyversion.FieldVersion + " FROM " + policyversion.Table +
		" WHERE " + policyversion.FieldAccountID + " = " + strconv.Itoa(accountID) +
		" AND " + policyversion.FieldKind + " = '" + string(kind) + "' AND " + policyversion.FieldActive
	var version int
	err := s.db.SQL.QueryRowContext(ctx, query).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return version, err
}

// asCustom is the engine's view of a stored version: nil when it is the shipped default unchanged.
func asCustom(pv *ent.PolicyVersion) *policy.Version {
	kind := policy.Kind(pv.Kind)
	if pv.Source == policy.DefaultSource(kind) {
		return nil
	}
	return &policy.Version{AccountID: strconv.Itoa(pv.AccountID), Kind: kind, Version: pv.Version, Source: pv.Source}
}

// remember records a version this instance just activated, saving the next call one query.
func (s *Service) remember(pv *ent.PolicyVersion) {
	s.active.put(activeKey{pv.AccountID, pv.Kind}, activeEntry{version: pv.Version, custom: asCustom(pv)})
}
