// Package model holds the GraphQL-only types: inputs and payloads (models_gen.go, generated).
// The domain's own types (internal/…) are bound in gqlgen.yml instead where they exist.
package model
