package graph_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/countthings/countthings/graph/generated"
)

// coverage counts, per kind of schema element, how many have a description.
type coverage struct{ described, total int }

func (c *coverage) add(desc string) bool {
	c.total++
	if strings.TrimSpace(desc) != "" {
		c.described++
		return true
	}
	return false
}

func (c coverage) String() string { return fmt.Sprintf("%d of %d", c.described, c.total) }

// Every public type, field, argument, input field and enum value of the executable schema
// has a description, so that the schema documents itself in GraphiQL and in the console's
// generated types; the failure lists every one that lacks it. The markers of the fixed
// contract's history ("(added)") are not documentation and must not leak into it.
func TestEverySchemaElementIsDescribed(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	var types, fields, args, inputs, values coverage
	var missing, leaks []string
	check := func(c *coverage, where, desc string) {
		if !c.add(desc) {
			missing = append(missing, where)
		}
		if strings.Contains(desc, "(added)") {
			leaks = append(leaks, where)
		}
	}
	names := make([]string, 0, len(s.Types))
	for name := range s.Types {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		def := s.Types[name]
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		check(&types, string(def.Kind)+" "+name, def.Description)
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if def.Kind == ast.InputObject {
				check(&inputs, "input field "+name+"."+f.Name, f.Description)
				continue
			}
			check(&fields, "field "+name+"."+f.Name, f.Description)
			for _, a := range f.Arguments {
				check(&args, "argument "+name+"."+f.Name+"("+a.Name+":)", a.Description)
			}
		}
		for _, v := range def.EnumValues {
			check(&values, "enum value "+name+"."+v.Name, v.Description)
		}
	}
	t.Logf("described: types %v, fields %v, arguments %v, input fields %v, enum values %v", types, fields, args, inputs, values)
	if len(missing) > 0 {
		t.Errorf("%d schema elements lack a description (say what it is, its units and default, who may use it and which error codes it answers):\n  %s",
			len(missing), strings.Join(missing, "\n  "))
	}
	if len(leaks) > 0 {
		t.Errorf("descriptions carrying the \"(added)\" marker:\n  %s", strings.Join(leaks, "\n  "))
	}
}

// Time says which format it is: RFC 3339 date-time, the GraphQL Scalars specification.
func TestTimeIsSpecified(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	d := s.Types["Time"].Directives.ForName("specifiedBy")
	if d == nil {
		t.Fatal("scalar Time has no @specifiedBy")
	}
	if url := d.Arguments.ForName("url"); url == nil || !strings.HasPrefix(url.Value.Raw, "https://") {
		t.Fatalf("@specifiedBy(url:) is %v", url)
	}
}
