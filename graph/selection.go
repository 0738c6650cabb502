package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// selects reports whether the field being resolved selects the named subfield (assumed
// true outside a GraphQL execution).
func selects(ctx context.Context, typeName, field string) bool {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || fc.Field.Field == nil || oc == nil {
		return true
	}
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, []string{typeName}) {
		if f.Name == field {
			return true
		}
	}
	return false
}
