package generated

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceInline is graphql.MarshalSliceConcurrently without the goroutines, for lists
// whose elements wait on nothing (see graph/gen): each element gets its field context
// (with its index, for paths in errors), a panic becomes the element's error and nulls
// the list, as gqlgen's does.
func marshalSliceInline(ctx context.Context, length int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	if length == 0 {
		return ret
	}
	// One allocation for every element's index and field context.
	idx := make([]int, length)
	fcs := make([]graphql.FieldContext, length)
	failed := false
	for i := 0; i < length; i++ {
		idx[i] = i
		fcs[i].Index = &idx[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					failed = true
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	if failed {
		return nil
	}
	return ret
}

// objectJSON writes an object whose fields were all resolved in place: what
// graphql.FieldSet.MarshalGQL writes, without its map of written aliases and its copy of
// every collected field (CollectFields already merged fields of the same alias; a
// repeated alias is still written once).
type objectJSON struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

func (o objectJSON) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, "{")
	for i := range o.fields {
		alias := o.fields[i].Alias
		if repeated(o.fields[:i], alias) {
			continue
		}
		if i > 0 {
			_, _ = io.WriteString(w, ",")
		}
		// An alias is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*): nothing to escape.
		_, _ = io.WriteString(w, `"`)
		_, _ = io.WriteString(w, alias)
		_, _ = io.WriteString(w, `":`)
		o.values[i].MarshalGQL(w)
	}
	_, _ = io.WriteString(w, "}")
}

func repeated(before []graphql.CollectedField, alias string) bool {
	for i := range before {
		if before[i].Alias == alias {
			return true
		}
	}
	return false
}
