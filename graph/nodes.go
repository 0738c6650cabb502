package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// addItemErrors reports errs[i] at the path of the field's i-th item (its value is null),
// as node(id:) would for that ID alone.
func addItemErrors(ctx context.Context, errs []error) {
	for i, err := range errs {
		if err != nil {
			path := append(slices.Clone(graphql.GetPath(ctx)), ast.PathIndex(i))
			graphql.AddError(ctx, gqlerror.WrapPath(path, err))
		}
	}
}
