package graph

// Resolver is the root resolver: it holds the internal/ services each resolver calls.
type Resolver struct{}
