package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/countthings/countthings/graph/generated"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

// A string slot: one String argument or input field somewhere in the schema, reached by a
// query built from the root.
type stringSlot struct {
	op   string // query, mutation or subscription
	root bool   // a field of a root type (not reached through Query.account …)
	name string // e.g. Mutation.createUser(input.notes)
	// build writes the operation with the slot's value: a literal, or with v "$v", the variable
	// of that name (declared with the slot's type).
	build func(value string) string
	vtype string // the slot's type, for the variable
}

// hostile values every slot is tried with.
var hostileValues = map[string]string{
	"NUL":                "a\x00b",
	"invalid UTF-8":      "a\xff\xfeb",
	"1 MiB":              strings.Repeat("x", 1<<20),
	"RTL and zero-width": "\u202Eadmin\u200B\u200D\uFEFF@\u061Cexample.com",
}

// Every String argument and input field of the schema (found by walking the parsed schema,
// so that a new one is covered without a change here), with NUL, invalid UTF-8, 1 MiB and
// right-to-left/zero-width text, as SUPPORT and as an account's ADMIN: never INTERNAL, and a
// NUL or invalid UTF-8 is BAD_USER_INPUT naming the field.
func TestEveryStringInputRefusesHostileText(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	slots := stringSlots(schema)
	require.Greater(t, len(slots), 40, "the walk found too few string inputs")
	for _, store := range []struct {
		name string
		opts []testapp.Option
	}{{"postgres", nil}, {"sqlite", []testapp.Option{testapp.SQLite()}}} {
		t.Run(store.name, func(t *testing.T) {
			opts := append(store.opts, testapp.Configure(func(c *app.Config) { c.Server.MaxBodyBytes = 4 << 20 }))
			env := testapp.New(t, opts...)
			acct := env.SeedAccount(t, testapp.AccountSpec{})
			// A webhook, so that the walk reaches the fields of Webhook (through Account.webhooks).
			_, err := env.App.DB.Client.Webhook.Create().SetAccountID(acct.Account.ID).SetURL("https://hooks.test/").
				SetSecret("0123456789abcdef").Save(testapp.System())
			require.NoError(t, err)
			tokens := map[string]string{
				"ADMIN":   env.Token(t, acct.Admin, 0),
				"SUPPORT": env.Token(t, env.SeedSupport(t), 0),
			}
			for i, slot := range slots {
				for vname, v := range hostileValues {
					if vname == "1 MiB" && raceEnabled && i%4 != 0 {
						continue // a sample under the race detector (make test); every slot without it
					}
					if store.name == "sqlite" && vname != "NUL" {
						continue // the same code paths as on Postgres; NUL is what a store may refuse
					}
					for role, tok := range tokens {
						if role == "SUPPORT" && (vname == "1 MiB" || !slot.root) {
							continue // SUPPORT has no Query.account (nested fields are not reached); 1 MiB once is enough
						}
						q := slot.build(v)
						var r *testapp.Response
						if slot.op == "query" && vname == "invalid UTF-8" {
							// JSON bodies cannot carry invalid UTF-8 (decoders replace it); a GET's query can.
							r = getQuery(t, env, tok, q)
						} else {
							// As a variable: the document is parsed once (and cached), the value decoded as JSON.
							r = post(t, env, tok, slot.withVariable(), v)
						}
						what := fmt.Sprintf("%s with %s as %s", slot.name, vname, role)
						require.Less(t, r.Status, 500, what)
						for _, e := range r.Errors {
							require.NotEqual(t, "INTERNAL", e.Extensions["code"], "%s: %s", what, e.Message)
						}
						reached := slot.root || role == "ADMIN" // SUPPORT has no Query.account
						if reached && (vname == "NUL" || (vname == "invalid UTF-8" && slot.op == "query")) {
							require.NotEmpty(t, r.Errors, what)
							assert.Equal(t, "BAD_USER_INPUT", r.Errors[0].Extensions["code"], "%s: %+v", what, r.Errors[0])
							field := slot.name[strings.LastIndexAny(slot.name, ".(")+1 : len(slot.name)-1]
							assert.Equal(t, field, r.Errors[0].Extensions["field"], what)
							assert.True(t, strings.HasPrefix(r.Errors[0].Message, field+": "), "%s: %s", what, r.Errors[0].Message)
						}
					}
				}
			}
		})
	}
}

// The walk itself finds the string inputs a client can send (a sample of them).
func TestStringSlotsCoverTheSchema(t *testing.T) {
	var names []string
	for _, s := range stringSlots(generated.NewExecutableSchema(generated.Config{}).Schema()) {
		names = append(names, s.name)
	}
	for _, want := range []string{
		"Mutation.login(input.email)", "Mutation.createUser(input.notes)", "Mutation.createApiToken(name)",
		"Mutation.requestEnterpriseAccount(input.workflow)", "Mutation.createAccount(input.name)",
		"Account.devices(where.code)", "Account.users(after)", "Query.licenseEvents(after)",
		"Mutation.createUser(input.permissions)", "Subscription.licenseEvents(after)",
	} {
		assert.Contains(t, names, want)
	}
}

func (s stringSlot) withVariable() string {
	q := s.build("$v")
	return strings.Replace(q, s.op+" {", s.op+"($v: "+s.vtype+") {", 1)
}

func post(t *testing.T, env *testapp.Env, tok, q, v string) *testapp.Response {
	body, err := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"v": v}})
	require.NoError(t, err)
	return env.Post(t, tok, "application/json", body)
}

func getQuery(t *testing.T, env *testapp.Env, tok, q string) *testapp.Response {
	req, err := http.NewRequest(http.MethodGet, env.URL+"/graphql?query="+url.QueryEscape(q), nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := env.HTTP.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	out := &testapp.Response{Status: resp.StatusCode}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(out))
	out.Status = resp.StatusCode
	return out
}

// stringSlots walks the schema: the roots' fields, and the fields of every object type
// reached from Query through fields (by the shortest way), each String argument and, through
// input objects and lists, each String input field.
func stringSlots(s *ast.Schema) []stringSlot {
	var out []stringSlot
	// how to reach each object type from the Query root: a prefix and a suffix of the query.
	type way struct{ open, close string }
	ways := map[string]way{s.Query.Name: {"", ""}}
	queue := []string{s.Query.Name}
	for len(queue) > 0 {
		tn := queue[0]
		queue = queue[1:]
		w := ways[tn]
		for _, f := range s.Types[tn].Fields {
			target := s.Types[f.Type.Name()]
			if strings.HasPrefix(f.Name, "__") || target.Kind != ast.Object {
				continue
			}
			if _, seen := ways[target.Name]; seen {
				continue
			}
			ways[target.Name] = way{w.open + f.Name + requiredArgs(s, f.Arguments, nil, "") + " { ", " }" + w.close}
			queue = append(queue, target.Name)
		}
	}
	roots := []*ast.Definition{s.Query, s.Mutation, s.Subscription}
	var names []string
	for n := range ways {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n != s.Query.Name {
			roots = append(roots, s.Types[n])
		}
	}
	for _, def := range roots {
		op := "query"
		switch def {
		case s.Mutation:
			op = "mutation"
		case s.Subscription:
			op = "subscription"
		}
		w := ways[def.Name]
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			for _, sp := range stringPaths(s, f.Arguments) {
				f, path, w := f, sp.path, w
				out = append(out, stringSlot{
					vtype: sp.vtype,
					op:    op,
					root:  def == s.Query || def == s.Mutation || def == s.Subscription,
					name:  fmt.Sprintf("%s.%s(%s)", def.Name, f.Name, path),
					build: func(v string) string {
						return op + " { " + w.open + f.Name + requiredArgs(s, f.Arguments, strings.Split(path, "."), v) +
							selection(s, f.Type) + w.close + " }"
					},
				})
			}
		}
	}
	return out
}

type stringPath struct{ path, vtype string }

// stringPaths lists the dotted paths of the String slots among args (through input objects).
func stringPaths(s *ast.Schema, args ast.ArgumentDefinitionList) []stringPath {
	var out []stringPath
	for _, a := range args {
		out = append(out, stringPathsOf(s, a.Name, a.Type, 0)...)
	}
	return out
}

func stringPathsOf(s *ast.Schema, name string, t *ast.Type, depth int) []stringPath {
	def := s.Types[t.Name()]
	switch {
	case def.Name == "String":
		vt := "String"
		for e := t; e != nil; e = e.Elem {
			if e.Elem == nil && e.NonNull {
				vt += "!"
			}
		}
		return []stringPath{{name, vt}}
	case def.Kind == ast.InputObject && depth < 3:
		var out []stringPath
		for _, f := range def.Fields {
			out = append(out, stringPathsOf(s, name+"."+f.Name, f.Type, depth+1)...)
		}
		return out
	}
	return nil
}

// requiredArgs writes the argument list: the required ones with plain values, and the slot
// at path (if any) with v.
func requiredArgs(s *ast.Schema, args ast.ArgumentDefinitionList, path []string, v string) string {
	var parts []string
	for _, a := range args {
		onPath := len(path) > 0 && path[0] == a.Name
		if !onPath && !a.Type.NonNull {
			continue
		}
		var rest []string
		if onPath {
			rest = path[1:]
		}
		parts = append(parts, a.Name+": "+value(s, a.Type, rest, onPath, v))
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func value(s *ast.Schema, t *ast.Type, path []string, onPath bool, v string) string {
	if t.Elem != nil {
		return "[" + value(s, t.Elem, path, onPath, v) + "]"
	}
	def := s.Types[t.Name()]
	switch {
	case def.Kind == ast.InputObject:
		var parts []string
		for _, f := range def.Fields {
			here := onPath && len(path) > 0 && path[0] == f.Name
			if !here && !f.Type.NonNull {
				continue
			}
			var rest []string
			if here {
				rest = path[1:]
			}
			parts = append(parts, f.Name+": "+value(s, f.Type, rest, here, v))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case def.Kind == ast.Enum:
		return def.EnumValues[0].Name
	}
	switch def.Name {
	case "String":
		if onPath && v == "$v" {
			return v
		}
		if onPath {
			return graphqlString(v)
		}
		return `"plain"`
	case "ID":
		return `"1"`
	case "Int":
		return "1"
	case "Float":
		return "1.5"
	case "Boolean":
		return "false"
	case "Time":
		return `"2030-01-01T00:00:00Z"`
	case "JSON":
		return "{}"
	}
	panic("no value for " + def.Name)
}

// graphqlString quotes v as a GraphQL string literal, keeping invalid UTF-8 bytes as they are.
func graphqlString(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func selection(s *ast.Schema, t *ast.Type) string {
	switch s.Types[t.Name()].Kind {
	case ast.Object, ast.Interface, ast.Union:
		return " { __typename }"
	}
	return ""
}
