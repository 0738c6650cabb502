package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// selects reports whether the field being resolved selects the named subfield (assumed
// true outside a GraphQL execution).
func selects(ctx context.Context, typeName, field string) bool {
	return selectsPath(ctx, typeName, field)
}

// selectsPath reports whether the field being resolved selects the path given as pairs of
// (type, field), e.g. "DeviceConnection", "edges", "DeviceEdge", "node", "Device",
// "licenseStatus": under any alias and through fragments (assumed true outside a GraphQL
// execution).
func selectsPath(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || fc.Field.Field == nil || oc == nil {
		return true
	}
	sels := fc.Field.Selections
	for i := 0; i+1 < len(path); i += 2 {
		var next ast.SelectionSet
		found := false
		for _, f := range graphql.CollectFields(oc, sels, []string{path[i]}) {
			if f.Name == path[i+1] {
				found = true
				next = append(next, f.Selections...)
			}
		}
		if !found {
			return false
		}
		sels = next
	}
	return true
}
