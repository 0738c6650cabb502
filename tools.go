//go:build tools

// Package tools pins the code generators in go.mod, so `go generate` is reproducible.
package tools

import (
	_ "github.com/99designs/gqlgen"
	_ "github.com/99designs/gqlgen/graphql/introspection"
)
