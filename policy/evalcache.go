package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Per-evaluation caches for topdown, reused from a pool. topdown's own virtual cache (the
// values of the rules evaluated so far) is a trie with a hash map per level of every rule's
// path: a few allocations per rule evaluated, a large part of a decision's allocations.
// These hold the same entries flat.

// virtualCache implements topdown.VirtualCache: frames of (ref, value) entries, the
// newest frame answering Get, as topdown's does.
type virtualCache struct {
	frames  []vcFrame
	entries []vcEntry
	// arena holds the copies of the refs Put: topdown's refs may be slices of its own
	// buffers, which it reuses.
	arena []*ast.Term
	index map[int][]int32 // ref hash → positions in entries; built for large frames only
}

type vcFrame struct{ entries, arena int }

type vcEntry struct {
	ref       ast.Ref
	value     *ast.Term
	undefined bool
}

var _ topdown.VirtualCache = (*virtualCache)(nil)

// linearEntries is how many entries a frame holds before lookups go through index.
const linearEntries = 32

func (c *virtualCache) reset() {
	clear(c.entries)
	clear(c.arena)
	c.entries, c.arena, c.frames = c.entries[:0], c.arena[:0], c.frames[:0]
	c.index = nil
	c.Push()
}

func (c *virtualCache) Push() {
	c.frames = append(c.frames, vcFrame{entries: len(c.entries), arena: len(c.arena)})
	c.index = nil
}

func (c *virtualCache) Pop() {
	top := c.frames[len(c.frames)-1]
	c.frames = c.frames[:len(c.frames)-1]
	clear(c.entries[top.entries:])
	c.entries = c.entries[:top.entries]
	clear(c.arena[top.arena:])
	c.arena = c.arena[:top.arena]
	c.index = nil
}

// find returns the position of ref's entry in the newest frame, or -1.
func (c *virtualCache) find(ref ast.Ref) int {
	start := c.frames[len(c.frames)-1].entries
	if len(c.entries)-start <= linearEntries {
		for i := start; i < len(c.entries); i++ {
			if refEqualFromEnd(c.entries[i].ref, ref) {
				return i
			}
		}
		return -1
	}
	if c.index == nil {
		c.index = make(map[int][]int32, len(c.entries)-start)
		for i := start; i < len(c.entries); i++ {
			h := c.entries[i].ref.Hash()
			c.index[h] = append(c.index[h], int32(i))
		}
	}
	for _, i := range c.index[ref.Hash()] {
		if refEqualFromEnd(c.entries[i].ref, ref) {
			return int(i)
		}
	}
	return -1
}

// refEqualFromEnd compares the last terms first: the refs cached in one evaluation share
// their prefix (data.<package>).
func refEqualFromEnd(a, b ast.Ref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := len(a) - 1; i >= 0; i-- {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// Get follows topdown's contract: (nil, true) undefined, (value, false) defined,
// (nil, false) not cached.
func (c *virtualCache) Get(ref ast.Ref) (*ast.Term, bool) {
	i := c.find(ref)
	if i < 0 {
		return nil, false
	}
	if c.entries[i].undefined {
		return nil, true
	}
	return c.entries[i].value, false
}

// Put records value for ref, or that ref is undefined when value is nil; as in topdown's,
// undefined, once recorded, stays.
func (c *virtualCache) Put(ref ast.Ref, value *ast.Term) {
	i := c.find(ref)
	if i < 0 {
		start := len(c.arena)
		c.arena = append(c.arena, ref...)
		c.entries = append(c.entries, vcEntry{ref: ast.Ref(c.arena[start:len(c.arena):len(c.arena)])})
		i = len(c.entries) - 1
		if c.index != nil {
			h := ref.Hash()
			c.index[h] = append(c.index[h], int32(i))
		}
	}
	if value != nil {
		c.entries[i].value = value
	} else {
		c.entries[i].undefined = true
	}
}

// Keys returns the refs with a value in the newest frame.
func (c *virtualCache) Keys() []ast.Ref {
	var keys []ast.Ref
	for _, en := range c.entries[c.frames[len(c.frames)-1].entries:] {
		if en.value != nil {
			keys = append(keys, en.ref.Copy())
		}
	}
	return keys
}

// baseCache implements topdown.BaseCache as topdown's does (a trie of the base documents
// read, a value erasing what was below it), allocated on first use: the engine's stores
// hold no data, so evaluations read none.
type baseCache struct {
	root *baseCacheNode
}

type baseCacheNode struct {
	value    ast.Value
	children map[ast.Value]*baseCacheNode
}

var _ topdown.BaseCache = (*baseCache)(nil)

func (c *baseCache) Get(ref ast.Ref) ast.Value {
	node := c.root
	if node == nil {
		return nil
	}
	for i := range ref {
		node = node.children[ref[i].Value]
		if node == nil {
			return nil
		} else if node.value != nil {
			if len(ref) == 1 && ast.IsScalar(node.value) {
				return node.value
			}
			result, err := node.value.Find(ref[i+1:])
			if err != nil {
				return nil
			}
			return result
		}
	}
	return nil
}

func (c *baseCache) Put(ref ast.Ref, value ast.Value) {
	if c.root == nil {
		c.root = &baseCacheNode{}
	}
	node := c.root
	for i := range ref {
		child, ok := node.children[ref[i].Value]
		if !ok {
			child = &baseCacheNode{}
			if node.children == nil {
				node.children = map[ast.Value]*baseCacheNode{}
			}
			node.children[ref[i].Value] = child
		}
		node = child
	}
	node.value, node.children = value, nil
}

type evalCaches struct {
	virtual virtualCache
	base    baseCache
}

// reuse reports whether the caches may serve another evaluation: false when they grew too
// large to keep.
func (c *evalCaches) reuse() bool {
	return cap(c.virtual.entries) <= 1024 && cap(c.virtual.arena) <= 8192
}
