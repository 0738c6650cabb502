package accounts_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/countthings/countthings/ent/license"
	"github.com/countthings/countthings/ent/policyversion"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/accounts"
	"github.com/countthings/countthings/internal/app"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/identity"
	"github.com/countthings/countthings/internal/limits"
	"github.com/countthings/countthings/internal/testapp"
)

func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return string(apperr.CodeOf(err))
}

func ptr[T any](v T) *T { return &v }

func support(t *testing.T, env *testapp.Env) context.Context {
	t.Helper()
	v, err := env.App.Identity.Authenticate(context.Background(), env.Token(t, env.SeedSupport(t), 0))
	require.NoError(t, err)
	return auth.WithViewer(context.Background(), v)
}

func createInput(env *testapp.Env, email string) accounts.CreateAccountInput {
	return accounts.CreateAccountInput{
		Name: "Acme Counting", Email: email, AdminPassword: "a good admin password",
		Type: enums.AccountMixed, StandardLicenses: 3, FloatingLicenses: 2,
		ExpiresAt: env.Clock.Now().Add(365 * 24 * time.Hour),
	}
}

func TestCreateAccount(t *testing.T) {
	env := testapp.New(t)
	ctx := support(t, env)
	svc := env.App.Accounts
	sys := auth.WithSystem(context.Background())

	a, err := svc.Create(ctx, createInput(env, " Counting@Acme-Corp.example "))
	require.NoError(t, err)
	assert.Equal(t, "counting@acme-corp.example", a.Email)
	assert.Equal(t, enums.AccountMixed, a.Type)

	c := env.App.DB.Client
	std, err := c.License.Query().Where(license.AccountID(a.ID), license.PoolEQ(enums.PoolStandard), license.DeviceIDIsNil()).Count(sys)
	require.NoError(t, err)
	flt, err := c.License.Query().Where(license.AccountID(a.ID), license.PoolEQ(enums.PoolFloating)).Count(sys)
	require.NoError(t, err)
	assert.Equal(t, 3, std)
	assert.Equal(t, 2, flt)

	admin, err := c.User.Query().Where(user.Email("counting@acme-corp.example")).Only(sys)
	require.NoError(t, err)
	assert.Equal(t, enums.RoleAdmin, admin.Role)
	assert.Equal(t, a.ID, *admin.AccountID)
	pv, err := c.PolicyVersion.Query().Where(policyversion.AccountID(a.ID), policyversion.Active(true)).Count(sys)
	require.NoError(t, err)
	assert.Equal(t, 2, pv, "PERMISSIONS and FLOATING start active")

	// The admin logs in with the Account Email.
	_, err = env.App.Identity.Login(context.Background(), identity.LoginInput{Email: a.Email, Password: "a good admin password"})
	require.NoError(t, err)

	// The same email again is a conflict, whatever its case.
	_, err = svc.Create(ctx, createInput(env, "COUNTING@acme-corp.example"))
	assert.Equal(t, "CONFLICT", codeOf(err))

	// SUPPORT lists it.
	conn, err := svc.List(ctx, ptr(10), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, conn.TotalCount)
	require.Len(t, conn.Edges, 1)
	assert.Equal(t, a.ID, conn.Edges[0].Node.ID)
}

func TestCreateAccountValidation(t *testing.T) {
	env := testapp.New(t)
	ctx := support(t, env)
	svc := env.App.Accounts
	tests := []struct {
		name   string
		change func(*accounts.CreateAccountInput)
		want   string
	}{
		{"free mail", func(in *accounts.CreateAccountInput) { in.Email = "acme@gmail.com" }, "free-mail"},
		{"personal address", func(in *accounts.CreateAccountInput) { in.Email = "jane.doe@acme.example" }, ""},
		{"not an address", func(in *accounts.CreateAccountInput) { in.Email = "nope" }, "not a valid email"},
		{"weak password", func(in *accounts.CreateAccountInput) { in.AdminPassword = "short" }, "too short"},
		{"past expiry", func(in *accounts.CreateAccountInput) { in.ExpiresAt = env.Clock.Now().Add(-time.Hour) }, "future"},
		{"no licenses", func(in *accounts.CreateAccountInput) { in.StandardLicenses, in.FloatingLicenses = 0, 0 }, "at least one"},
		{"negative", func(in *accounts.CreateAccountInput) { in.StandardLicenses = -1 }, "between 0"},
		{"too many", func(in *accounts.CreateAccountInput) { in.FloatingLicenses = 100001 }, "between 0"},
		{"standard with floating", func(in *accounts.CreateAccountInput) { in.Type = enums.AccountStandard }, "STANDARD account"},
		{"floating with standard", func(in *accounts.CreateAccountInput) { in.Type = enums.AccountFloating }, "FLOATING account"},
		{"empty name", func(in *accounts.CreateAccountInput) { in.Name = "  " }, "name"},
		{"unknown preset", func(in *accounts.CreateAccountInput) { in.FloatingPreset = ptr("nope") }, "preset"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := createInput(env, fmt.Sprintf("counting@company%d.example", i))
			tt.change(&in)
			_, err := svc.Create(ctx, in)
			require.Equal(t, "BAD_USER_INPUT", codeOf(err), "%v", err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	n, err := env.App.DB.Client.Account.Query().Count(auth.WithSystem(context.Background()))
	require.NoError(t, err)
	assert.Zero(t, n, "nothing was created: the transaction is all or nothing")
}

func TestRequestApproveReject(t *testing.T) {
	env := testapp.New(t)
	ctx := support(t, env)
	svc := env.App.Accounts
	anon := context.Background()

	in := accounts.AccountRequestInput{
		CompanyName: "Acme", ContactEmail: "Jane@Acme.example", AccountType: enums.AccountFloating,
		FloatingLicenses: 4, Workflow: ptr("two shifts, six tablets"),
	}
	r, err := svc.RequestAccount(anon, in)
	require.NoError(t, err)
	assert.Equal(t, enums.RequestPending, r.Status)
	assert.Equal(t, "jane@acme.example", r.ContactEmail)

	bad := in
	bad.StandardLicenses = 1
	_, err = svc.RequestAccount(anon, bad)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	bad = in
	bad.Workflow = ptr(strings.Repeat("x", 10001))
	_, err = svc.RequestAccount(anon, bad)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))

	r2, err := svc.RequestAccount(anon, in)
	require.NoError(t, err)

	// Only SUPPORT reads or decides requests.
	_, err = svc.Requests(anon, nil)
	assert.Equal(t, "UNAUTHENTICATED", codeOf(err))
	list, err := svc.Requests(ctx, ptr(enums.RequestPending))
	require.NoError(t, err)
	assert.Len(t, list, 2)

	a, err := svc.Approve(ctx, r.ID, accounts.ApproveAccountRequestInput{
		Email: "counting@acme.example", AdminPassword: "a good admin password",
		ExpiresAt: env.Clock.Now().Add(24 * time.Hour), FloatingLicenses: ptr(5),
	})
	require.NoError(t, err)
	assert.Equal(t, "Acme", a.Name)
	assert.Equal(t, enums.AccountFloating, a.Type)
	n, err := env.App.DB.Client.License.Query().Where(license.AccountID(a.ID)).Count(ctx)
	require.NoError(t, err)
	assert.Equal(t, 5, n)

	r, err = env.App.DB.Client.AccountRequest.Get(ctx, r.ID)
	require.NoError(t, err)
	assert.Equal(t, enums.RequestApproved, r.Status)
	got, err := svc.RequestAccountOf(ctx, r)
	require.NoError(t, err)
	assert.Equal(t, a.ID, got.ID)

	_, err = svc.Approve(ctx, r.ID, accounts.ApproveAccountRequestInput{Email: "other@acme2.example", AdminPassword: "a good admin password", ExpiresAt: env.Clock.Now().Add(time.Hour)})
	assert.Equal(t, "CONFLICT", codeOf(err), "decided once")

	rej, err := svc.Reject(ctx, r2.ID, ptr("duplicate request"))
	require.NoError(t, err)
	assert.Equal(t, enums.RequestRejected, rej.Status)
	assert.Equal(t, "duplicate request", *rej.DecisionReason)

	_, err = svc.Reject(ctx, 12345, nil)
	assert.Equal(t, "NOT_FOUND", codeOf(err))
}

func TestAccountRequestRateLimit(t *testing.T) {
	env := testapp.New(t, testapp.Configure(func(c *app.Config) {
		c.Limits = limits.Config{AccountRequests: 2, AccountRequestWindow: time.Hour}
	}))
	const q = `mutation { requestEnterpriseAccount(input: {companyName: "Acme", contactEmail: "it@acme.example",
		accountType: STANDARD, standardLicenses: 2, floatingLicenses: 0}) { id status } }`
	for range 2 {
		r := env.Do(t, "", q, nil)
		require.Empty(t, r.Errors)
	}
	r := env.Do(t, "", q, nil)
	require.Equal(t, "RATE_LIMITED", r.Code())
	assert.EqualValues(t, 3600, r.Errors[0].Extensions["retryAfterSeconds"])
	env.Clock.Advance(time.Hour)
	r = env.Do(t, "", q, nil)
	assert.Empty(t, r.Errors)
}

func TestUpdateSettings(t *testing.T) {
	env := testapp.New(t)
	s := env.SeedAccount(t, testapp.AccountSpec{})
	v, err := env.App.Identity.Authenticate(context.Background(), env.Token(t, s.Admin, 0))
	require.NoError(t, err)
	ctx := auth.WithViewer(context.Background(), v)
	svc := env.App.Accounts

	a, err := svc.UpdateSettings(ctx, accounts.AccountSettingsInput{
		OperatorContactEmail: ptr("Help@Acme.example"), OperatorContactPhone: ptr("+49 (30) 123-456"),
		FloatingIdleMinutes: ptr(45), FloatingPriorityPermission: ptr("priority"),
	})
	require.NoError(t, err)
	assert.Equal(t, "help@acme.example", *a.OperatorContactEmail)
	assert.Equal(t, 45, a.FloatingIdleMinutes)

	a, err = svc.UpdateSettings(ctx, accounts.AccountSettingsInput{OperatorContactPhone: ptr("")})
	require.NoError(t, err)
	assert.Nil(t, a.OperatorContactPhone)
	assert.NotNil(t, a.OperatorContactEmail, "fields not given stay")

	for _, in := range []accounts.AccountSettingsInput{
		{OperatorContactEmail: ptr("nope")},
		{OperatorContactPhone: ptr("call me maybe")},
		{FloatingIdleMinutes: ptr(-1)},
		{FloatingPriorityPermission: ptr("Not Valid!")},
	} {
		_, err := svc.UpdateSettings(ctx, in)
		assert.Equal(t, "BAD_USER_INPUT", codeOf(err), "%+v", in)
	}

	op := env.SeedUser(t, s.Account.ID, "", "count")
	ov, err := env.App.Identity.Authenticate(context.Background(), env.Token(t, op, 0))
	require.NoError(t, err)
	_, err = svc.UpdateSettings(auth.WithViewer(context.Background(), ov), accounts.AccountSettingsInput{FloatingIdleMinutes: ptr(1)})
	require.Equal(t, "FORBIDDEN", codeOf(err))
	assert.Contains(t, err.Error(), "settings:manage", "the policy's reason")
}

func TestListPaginationAndCursors(t *testing.T) {
	env := testapp.New(t)
	ctx := support(t, env)
	for range 5 {
		env.SeedAccount(t, testapp.AccountSpec{})
	}
	svc := env.App.Accounts
	page, err := svc.List(ctx, ptr(2), nil)
	require.NoError(t, err)
	assert.Equal(t, 5, page.TotalCount)
	require.Len(t, page.Edges, 2)
	assert.True(t, page.PageInfo.HasNextPage)
	var cur strings.Builder
	page.PageInfo.EndCursor.MarshalGQL(&cur)
	page2, err := svc.List(ctx, ptr(100), ptr(strings.Trim(cur.String(), `"`)))
	require.NoError(t, err)
	assert.Len(t, page2.Edges, 3)
	assert.False(t, page2.PageInfo.HasNextPage)

	_, err = svc.List(ctx, nil, ptr("not a cursor"))
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
	_, err = svc.List(ctx, ptr(101), nil)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err), "first over 100")
	_, err = svc.List(ctx, ptr(-1), nil)
	assert.Equal(t, "BAD_USER_INPUT", codeOf(err))
}
