// Command gen runs gqlgen (as `gqlgen generate --config gqlgen.yml` does) with one plugin of
// ours, sequential: fields that wait on nothing run in the goroutine of the object that
// holds them.
//
// gqlgen runs a field in a goroutine of its own when its Go method takes a context (ent's
// edge readers, Device.License(ctx)) or when it is a resolver, and marshals every list of
// objects with one goroutine per element (graphql.MarshalSliceConcurrently). On the
// read path almost none of them waits: ent loaded the edges with the page (field
// collection), and the edge reader only returns them. So, for every object except the
// roots and the types listed in ioObjects (whose resolvers read the database for each
// object), the plugin turns gqlgen's concurrency off (codegen.Object.DisableConcurrency,
// which gqlgen uses for Mutation); and a list of such objects, or of their edges, is
// marshalled in the caller's goroutine (marshalSliceInline, graph/generated/inline.go).
//
// Run from the module root: go run ./graph/gen (graph/generate.go does).
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"regexp"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2/ast"
)

// ioObjects keep gqlgen's concurrency: their resolvers read the database per object
// (Account's connections and pool summary, User.devices, Webhook.deliveries,
// AccountRequest.account), so concurrent fields overlap their round trips.
var ioObjects = map[string]bool{
	"Account":        true,
	"AccountRequest": true,
	"User":           true,
	"Webhook":        true,
}

type sequential struct {
	inline  map[string]bool // objects (and enums) that wait on nothing
	trivial map[string]bool // field functions (_Object_field) that read a struct field
}

func (sequential) Name() string { return "sequential" }

func (p *sequential) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		if o.Root || ioObjects[o.Name] {
			continue
		}
		o.DisableConcurrency = true
		p.inline[o.Name] = true
		for _, f := range o.Fields {
			if isTrivial(f) {
				p.trivial["_"+o.Name+"_"+f.Name] = true
			}
		}
	}
	for name, def := range data.Schema.Types {
		if def.Kind == ast.Enum {
			p.inline[name] = true // an enum value waits on nothing
		}
	}
	return nil
}

// isTrivial: the field is a scalar or enum read from a struct field of its object, with no
// argument, directive or resolver, and cannot be a null where the schema forbids one. Such
// a field is marshalled directly, without gqlgen's per-field machinery (field context,
// middleware chain, panic guard): it cannot fail, block or panic. The one thing skipped
// is field middleware (a handler extension implementing graphql.FieldInterceptor), which
// the server does not install (internal/server, newGraphQL): one that needs every field
// must mark those fields non-trivial here.
func isTrivial(f *codegen.Field) bool {
	kind := f.TypeReference.Definition.Kind
	return !f.IsResolver && !f.MethodHasContext && f.GoFieldType == codegen.GoFieldVariable &&
		len(f.Args) == 0 && len(f.Directives) == 0 &&
		(kind == ast.Scalar || kind == ast.Enum) &&
		!(f.TypeReference.GQL.NonNull && f.TypeReference.IsNilable())
}

// fieldFunc is gqlgen's function for one field of an object: resolveField with the
// field's value and its marshaller.
var fieldFunc = regexp.MustCompile(`(?s)func \(ec \*executionContext\) (_[A-Za-z0-9]+_[A-Za-z0-9_]+)\(ctx context\.Context, field graphql\.CollectedField, obj ([^)]+)\) \(ret graphql\.Marshaler\) \{\n\treturn graphql\.ResolveField\(\n.*?\n\t\)\n\}\n`)

var (
	fieldValue   = regexp.MustCompile(`\n\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn (obj\.[A-Za-z0-9_]+), nil\n\t\t\},`)
	fieldMarshal = regexp.MustCompile(`\n\t\t\treturn (ec\.marshal[^(]+)\(ctx, selections, v\)\n`)
)

// objectFunc is gqlgen's marshalling of one object: its fields, then its deferred ones.
var objectFunc = regexp.MustCompile(`(?s)func \(ec \*executionContext\) _([A-Za-z0-9]+)\(ctx context\.Context, sel ast\.SelectionSet, obj [^)]+\) graphql\.Marshaler \{\n.*?\n\}\n`)

const deferredTail = "\tatomic.AddInt32(&ec.Deferred, int32(min(len(deferLabelToView), math.MaxInt32)))\n\n\tec.ProcessDeferredGroup(graphql.DeferredGroup{\n\t\tDefers:   deferLabelToView,\n\t\tPath:     graphql.GetPath(ctx),\n\t\tFieldSet: deferredFieldSet,\n\t\tContext:  ctx,\n\t})\n"

// sliceCall is gqlgen's marshalling of a list of objects, naming the element's marshaller
// (marshalN/marshalO + type name + "2" + the Go type's mangled path).
var sliceCall = regexp.MustCompile(`graphql\.MarshalSliceConcurrently\(ctx, len\(v\), \d+, (?:true|false), (func\(ctx context\.Context, i int\) graphql\.Marshaler \{\s*fc := graphql\.GetFieldContext\(ctx\)\s*fc\.Result = &v\[i\]\s*return ec\.marshal[NO]([A-Za-z0-9_]+?)2)`)

func main() {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		fail(err)
	}
	p := &sequential{inline: map[string]bool{}, trivial: map[string]bool{}}
	if err := api.Generate(cfg, api.AddPlugin(p)); err != nil {
		fail(err)
	}
	file := cfg.Exec.Filename
	src, err := os.ReadFile(file)
	if err != nil {
		fail(err)
	}
	rewritten := 0
	out := sliceCall.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := sliceCall.FindSubmatch(m)
		if !p.inline[string(sub[2])] {
			return m
		}
		rewritten++
		return append([]byte("marshalSliceInline(ctx, len(v), "), sub[1]...)
	})
	// Trivial fields: the value straight to its marshaller.
	direct := 0
	out = fieldFunc.ReplaceAllFunc(out, func(m []byte) []byte {
		sub := fieldFunc.FindSubmatch(m)
		if !p.trivial[string(sub[1])] {
			return m
		}
		v, mf := fieldValue.FindSubmatch(m), fieldMarshal.FindSubmatch(m)
		if v == nil || mf == nil {
			return m
		}
		direct++
		return []byte(fmt.Sprintf("func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n\treturn %s(ctx, field.Selections, %s)\n}\n",
			sub[1], sub[2], mf[1], v[1]))
	})
	if direct == 0 {
		fail(fmt.Errorf("no field marshalled directly: gqlgen's generated code changed shape"))
	}
	// Objects without concurrent fields have no deferred ones (gqlgen defers only those):
	// no deferred field set, map or path for each of them; and their JSON is written by
	// objectJSON, without FieldSet.MarshalGQL's map and copy of each collected field.
	tails := 0
	out = objectFunc.ReplaceAllFunc(out, func(m []byte) []byte {
		sub := objectFunc.FindSubmatch(m)
		if !p.inline[string(sub[1])] || !bytes.Contains(m, []byte(deferredTail)) {
			return m
		}
		tails++
		m = bytes.Replace(m, []byte("\tdeferredFieldSet := graphql.NewFieldSet(nil)\n\tdeferLabelToView := make(map[string]*graphql.FieldSetView)\n"),
			[]byte("\tvar deferredFieldSet *graphql.FieldSet\n\tvar deferLabelToView map[string]*graphql.FieldSetView\n"), 1)
		m = bytes.Replace(m, []byte(deferredTail), []byte("\tif len(deferLabelToView) > 0 {\n"+deferredTail+"\t}\n"), 1)
		// Written by objectJSON (graph/generated/inline.go), not FieldSet.MarshalGQL.
		return bytes.Replace(m, []byte("\n\treturn out\n}\n"), []byte("\n\treturn objectJSON{fields: fields, values: out.Values}\n}\n"), 1)
	})
	if tails == 0 {
		fail(fmt.Errorf("no deferred tail found: gqlgen's generated code changed shape"))
	}
	if out, err = format.Source(out); err != nil {
		fail(err)
	}
	if err := os.WriteFile(file, out, 0o644); err != nil {
		fail(err)
	}
	if rewritten == 0 {
		fail(fmt.Errorf("no list marshalled inline: gqlgen's generated code changed shape"))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
