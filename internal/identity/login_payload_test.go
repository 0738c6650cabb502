package identity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/testapp"
)

// The login payload resolves as the viewer the login just signed in, as a client reading
// it right after logging in expects: the user's account, the device's license.
func TestLoginPayloadResolvesAsTheNewViewer(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{Type: enums.AccountMixed, Standard: 1, Floating: 1})
	op := env.SeedUser(t, s.Account.ID, "", "count")

	var web struct {
		Login struct {
			User struct {
				Account *struct{ Name string }
			}
		}
	}
	env.MustDo(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { user { account { name } } } }`,
		map[string]any{"e": s.Admin.Email, "p": testapp.Password}, &web)
	require.NotNil(t, web.Login.User.Account)
	assert.Equal(t, s.Account.Name, web.Login.User.Account.Name)

	var dev struct {
		Login struct {
			Device struct {
				LicenseStatus string
				License       *struct{ Pool string }
				LastUser      *struct{ Email string }
			}
		}
	}
	env.MustDo(t, "", `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p, deviceCode: "S20"}) {
		device { licenseStatus license { pool } lastUser { email } } } }`,
		map[string]any{"e": op.Email, "p": testapp.Password}, &dev)
	assert.Equal(t, "ACTIVE", dev.Login.Device.LicenseStatus)
	require.NotNil(t, dev.Login.Device.License)
	assert.Equal(t, "STANDARD", dev.Login.Device.License.Pool)
	require.NotNil(t, dev.Login.Device.LastUser)
	assert.Equal(t, op.Email, dev.Login.Device.LastUser.Email)

	// A failed login signs nobody in.
	r := env.Do(t, "", `mutation { login(input: {email: "nobody@example.test", password: "wrong password!"}) { token } }`, nil)
	assert.Equal(t, "UNAUTHENTICATED", r.Code())
}
