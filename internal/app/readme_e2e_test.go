package app_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/testapp"
)

var graphqlBlock = regexp.MustCompile("(?s)```graphql\n(.*?)```")

// readmeOperations are the README's GraphQL snippets, by operation name, in order.
func readmeOperations(t *testing.T, schema *ast.Schema) ([]string, map[string]string) {
	t.Helper()
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var order []string
	ops := map[string]string{}
	for _, m := range graphqlBlock.FindAllStringSubmatch(string(raw), -1) {
		doc, errs := gqlparser.LoadQueryWithRules(schema, m[1], nil)
		require.Empty(t, errs, "the README's snippet parses and validates against the schema:\n%s", m[1])
		require.Len(t, doc.Operations, 1)
		name := doc.Operations[0].Name
		require.NotEmpty(t, name, "every README operation is named (several can share a GraphiQL tab):\n%s", m[1])
		require.NotContains(t, ops, name)
		order = append(order, name)
		ops[name] = m[1]
	}
	return order, ops
}

// The README's first steps, pasted as they are, in their order, on the embedded SQLite default
// that `make run` uses: SUPPORT logs in and creates an account, the admin subscribes from the
// start of the log over graphql-transport-ws and creates an operator, the operator's device
// takes a license, and the event arrives live.
func TestReadmeFirstSteps(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	env := testapp.New(t, testapp.SQLite(), testapp.Configure(func(c *app.Config) {
		// The README's start command sets these two.
		c.SupportEmail = regexp.MustCompile(`COUNTTHINGS_SUPPORT_EMAIL=(\S+)`).FindStringSubmatch(string(readme))[1]
		c.SupportPassword = strings.Trim(regexp.MustCompile(`COUNTTHINGS_SUPPORT_PASSWORD=('[^']*')`).FindStringSubmatch(string(readme))[1], "'")
	}))
	order, ops := readmeOperations(t, env.App.Schema.Schema())
	require.Equal(t, []string{"SupportLogin", "CreateAccount", "AdminLogin", "WatchLicenseEvents", "CreateOperator", "DeviceLogin"}, order)

	token := func(op, bearer string) string {
		var out struct{ Login struct{ Token string } }
		env.MustDo(t, bearer, ops[op], nil, &out)
		require.NotEmpty(t, out.Login.Token)
		return out.Login.Token
	}
	support := token("SupportLogin", "")
	var created struct{ CreateAccount struct{ Name string } }
	env.MustDo(t, support, ops["CreateAccount"], nil, &created)
	assert.Equal(t, "Acme Foods", created.CreateAccount.Name)
	admin := token("AdminLogin", "")

	sub := env.Subscribe(t, admin, ops["WatchLicenseEvents"], nil)
	var user struct{ CreateUser struct{ Email string } }
	env.MustDo(t, admin, ops["CreateOperator"], nil, &user)
	assert.Equal(t, "line1@acmefoods.com", user.CreateUser.Email)

	var device struct {
		Login struct {
			Device struct{ Code, LicenseStatus string }
		}
	}
	env.MustDo(t, "", ops["DeviceLogin"], nil, &device)
	assert.Equal(t, "S20", device.Login.Device.Code)
	assert.Equal(t, "ACTIVE", device.Login.Device.LicenseStatus)

	data, err := sub.Next(15 * time.Second)
	require.NoError(t, err)
	var ev struct {
		LicenseEvents struct {
			Sequence int
			Type     string
			Device   struct{ Code string }
			User     struct{ Email string }
		}
	}
	require.NoError(t, json.Unmarshal(data, &ev))
	assert.Equal(t, 1, ev.LicenseEvents.Sequence, "from the start of the log")
	assert.Equal(t, "ASSIGNED", ev.LicenseEvents.Type)
	assert.Equal(t, "S20", ev.LicenseEvents.Device.Code)
	assert.Equal(t, "line1@acmefoods.com", ev.LicenseEvents.User.Email)
}

// GraphiQL opens with a login a new user can run as it is, and says where the token goes.
func TestGraphiQLOpensWithALogin(t *testing.T) {
	env := testapp.New(t, testapp.SQLite())
	raw, err := os.ReadFile("../../internal/graphiql/init.js")
	require.NoError(t, err)
	block := regexp.MustCompile(`(?s)var defaultQuery = \[(.*?)\]\.join`).FindStringSubmatch(string(raw))
	require.NotNil(t, block)
	var lines []string
	for _, m := range regexp.MustCompile(`(?m)^\s*'(.*)',$`).FindAllStringSubmatch(block[1], -1) {
		lines = append(lines, strings.ReplaceAll(m[1], `\'`, `'`))
	}
	q := strings.Join(lines, "\n")
	assert.Contains(t, q, "Headers tab")
	assert.Contains(t, q, `{"Authorization": "Bearer <token>"}`)
	doc, errs := gqlparser.LoadQueryWithRules(env.App.Schema.Schema(), q, nil)
	require.Empty(t, errs, q)
	require.Len(t, doc.Operations, 1)
	assert.Equal(t, "Login", doc.Operations[0].Name)
	assert.Equal(t, "login", doc.Operations[0].SelectionSet[0].(*ast.Field).Name)
}
