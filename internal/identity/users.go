package identity

import (
	"context"
	"net/mail"
	"strings"
	"unicode/utf8"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/apitoken"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/internal/apperr"
	"github.com/countthings/countthings/internal/auth"
	"github.com/countthings/countthings/internal/authz"
	"github.com/countthings/countthings/internal/database"
)

const maxNotesLength = 10000

// ValidEmail checks the shape of an email address (not the Account Email rule).
func ValidEmail(email string) error {
	if email == "" || len(email) > 254 {
		return apperr.BadInputf("the email address must be 1 to 254 characters long")
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || a.Name != "" {
		return apperr.BadInputf("%q is not a valid email address", email)
	}
	return nil
}

func cleanPermissions(perms []string) ([]string, error) {
	out, err := auth.CleanPermissions(perms)
	if err != nil {
		return nil, apperr.BadInputf("%s", err)
	}
	return out, nil
}

func passwordHash(pw string) (string, error) {
	if err := auth.ValidatePassword(pw); err != nil {
		return "", apperr.BadInputf("%s", err)
	}
	h, err := auth.HashPassword(pw)
	if err != nil {
		return "", apperr.Wrap(apperr.Internal, err, "could not store the password")
	}
	return h, nil
}

// accountOf is the viewer's account, or BAD_USER_INPUT for SUPPORT, who has none.
func accountOf(v *auth.Viewer, what string) (int, error) {
	if v.AccountID == 0 {
		return 0, apperr.BadInputf("%s works inside your own account, and SUPPORT users have none", what)
	}
	return v.AccountID, nil
}

// grantable refuses permissions the viewer does not hold itself: no one hands out more than it has.
func grantable(v *auth.Viewer, perms []string) error {
	if missing := auth.Lacking(v, perms); len(missing) > 0 {
		return apperr.Forbiddenf("you may only give permissions you hold yourself; you lack %s", strings.Join(missing, ", "))
	}
	return nil
}

// mayManage refuses to let the viewer change or delete a user or token that holds more than
// it does: an operator with users:manage must not take over one with policies:manage. The
// account's ADMIN and SUPPORT hold everything; an ADMIN is managed only by itself and SUPPORT.
func mayManage(v *auth.Viewer, role enums.Role, perms []string, what string) error {
	if role == enums.RoleAdmin || role == enums.RoleSupport {
		if v.Kind == auth.KindUser && (v.Role == auth.RoleSupport || v.Role == string(role)) {
			return nil
		}
		return apperr.Forbiddenf("only the account's admin itself and SUPPORT may change the account's admin")
	}
	if missing := auth.Lacking(v, perms); len(missing) > 0 {
		return apperr.Forbiddenf("you may only change %s holding no permission you lack yourself; you lack %s", what, strings.Join(missing, ", "))
	}
	return nil
}

func userResource(u *ent.User) authz.Resource {
	r := authz.Resource{Type: "user", ID: u.ID, Fields: map[string]any{
		"email": u.Email, "role": string(u.Role), "permissions": u.Permissions, "disabled": u.Disabled,
	}}
	if u.AccountID != nil {
		r.AccountID = *u.AccountID
	}
	return r
}

func (s *Service) CreateUser(ctx context.Context, in CreateUserInput) (*ent.User, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	acc, err := accountOf(v, "createUser")
	if err != nil {
		return nil, err
	}
	email := NormalizeEmail(in.Email)
	if err := s.authz.Require(ctx, "user.create", authz.Resource{Type: "user", AccountID: acc, Fields: map[string]any{
		"email": email, "role": string(enums.RoleOperator), "permissions": in.Permissions,
	}}); err != nil {
		return nil, err
	}
	if err := ValidEmail(email); err != nil {
		return nil, err
	}
	if in.Notes != nil && utf8.RuneCountInString(*in.Notes) > maxNotesLength {
		return nil, apperr.BadInputf("the notes are too long: use at most %d characters", maxNotesLength)
	}
	perms, err := cleanPermissions(in.Permissions)
	if err != nil {
		return nil, err
	}
	if err := grantable(v, perms); err != nil {
		return nil, err
	}
	hash, err := passwordHash(in.Password)
	if err != nil {
		return nil, err
	}
	u, err := s.db.Client.User.Create().
		SetEmail(email).SetPasswordHash(hash).SetRole(enums.RoleOperator).
		SetPermissions(perms).SetNillableNotes(in.Notes).SetAccountID(acc).SetCreatedAt(s.now()).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.Conflictf("a user with the email %s already exists", email)
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not create the user")
	}
	return u, nil
}

// visibleUser loads a user the viewer's account holds; anything else is NOT_FOUND.
func (s *Service) visibleUser(ctx context.Context, v *auth.Viewer, id int) (*ent.User, error) {
	u, err := s.db.Client.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("no user with this ID")
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not load the user")
	}
	if v.Role != auth.RoleSupport && (u.AccountID == nil || *u.AccountID != v.AccountID) {
		return nil, apperr.NotFoundf("no user with this ID")
	}
	return u, nil
}

func (s *Service) UpdateUser(ctx context.Context, id int, in UpdateUserInput) (*ent.User, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	u, err := s.visibleUser(ctx, v, id)
	if err != nil {
		return nil, err
	}
	self := v.Kind == auth.KindUser && v.UserID == u.ID
	// Every user may change its own password (knowing the current one); all else is the policy's.
	ownPassword := self && in.Password != nil && in.Notes == nil && in.Permissions == nil && in.Disabled == nil
	if !ownPassword {
		if err := s.authz.Require(ctx, "user.update", userResource(u)); err != nil {
			return nil, err
		}
	}
	if u.Role == enums.RoleSupport && !self {
		return nil, apperr.Forbiddenf("SUPPORT users are managed at start-up, not through the API")
	}
	if err := mayManage(v, u.Role, u.Permissions, "users"); err != nil {
		return nil, err
	}
	var (
		hash   *string
		perms  []string
		revoke bool
	)
	if in.Password != nil {
		if self {
			if err := s.checkCurrentPassword(ctx, u, in.CurrentPassword); err != nil {
				return nil, err
			}
		}
		h, err := passwordHash(*in.Password)
		if err != nil {
			return nil, err
		}
		hash = &h
		// Whoever knew the old one is out: every session but, for your own change, this one.
		revoke = true
	}
	if in.Notes != nil && utf8.RuneCountInString(*in.Notes) > maxNotesLength {
		return nil, apperr.BadInputf("the notes are too long: use at most %d characters", maxNotesLength)
	}
	if in.Permissions != nil {
		if u.Role != enums.RoleOperator {
			return nil, apperr.BadInputf("the %s holds every permission by its role; its permissions cannot be changed", u.Role)
		}
		if perms, err = cleanPermissions(in.Permissions); err != nil {
			return nil, err
		}
		if err := grantable(v, perms); err != nil {
			return nil, err
		}
	}
	if in.Disabled != nil && *in.Disabled {
		if self {
			return nil, apperr.BadInputf("you cannot disable yourself")
		}
		if u.Role == enums.RoleAdmin && v.Role != auth.RoleSupport {
			return nil, apperr.BadInputf("the account's admin cannot be disabled")
		}
		revoke = true
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		upd := tx.User.UpdateOneID(u.ID).SetNillablePasswordHash(hash).SetNillableDisabled(in.Disabled)
		switch {
		case in.Notes == nil:
		case *in.Notes == "":
			upd.ClearNotes()
		default:
			upd.SetNotes(*in.Notes)
		}
		if in.Permissions != nil {
			upd.SetPermissions(perms)
		}
		var err error
		if u, err = upd.Save(ctx); err != nil {
			return err
		}
		if revoke {
			keep := 0
			if self {
				keep = v.SessionID
			}
			if err := s.revokeSessions(ctx, tx, u.ID, keep); err != nil {
				return err
			}
		}
		if revoke || in.Permissions != nil {
			return s.revoke(ctx, tx, u.ID, 0)
		}
		return nil
	})
	if err != nil {
		return nil, database.DomainError(err, "could not update the user")
	}
	return u, nil
}

func (s *Service) DeleteUser(ctx context.Context, id int) (int, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return 0, err
	}
	u, err := s.visibleUser(ctx, v, id)
	if err != nil {
		return 0, err
	}
	if err := s.authz.Require(ctx, "user.delete", userResource(u)); err != nil {
		return 0, err
	}
	switch {
	case v.Kind == auth.KindUser && v.UserID == u.ID:
		return 0, apperr.BadInputf("you cannot delete yourself")
	case u.Role == enums.RoleAdmin:
		return 0, apperr.BadInputf("the account's admin cannot be deleted")
	case u.Role == enums.RoleSupport:
		return 0, apperr.BadInputf("SUPPORT users are managed at start-up, not through the API")
	}
	if err := mayManage(v, u.Role, u.Permissions, "users"); err != nil {
		return 0, err
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		if err := tx.User.DeleteOneID(u.ID).Exec(ctx); err != nil {
			return err
		}
		return s.revoke(ctx, tx, u.ID, 0)
	})
	if ent.IsNotFound(err) {
		return 0, apperr.NotFoundf("no user with this ID")
	}
	if err != nil {
		return 0, database.DomainError(err, "could not delete the user")
	}
	return u.ID, nil
}

func (s *Service) CreateAPIToken(ctx context.Context, name string, permissions []string) (*APITokenPayload, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	acc, err := accountOf(v, "createApiToken")
	if err != nil {
		return nil, err
	}
	if err := s.authz.Require(ctx, "apitoken.create", authz.Resource{Type: "apitoken", AccountID: acc, Fields: map[string]any{
		"name": name, "permissions": permissions,
	}}); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 200 {
		return nil, apperr.BadInputf("the token's name must be 1 to 200 characters long")
	}
	perms, err := cleanPermissions(permissions)
	if err != nil {
		return nil, err
	}
	if len(perms) == 0 {
		return nil, apperr.BadInputf("give the token at least one permission")
	}
	if err := grantable(v, perms); err != nil {
		return nil, err
	}
	token, hash, err := auth.NewToken(auth.APITokenPrefix)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not create the token")
	}
	create := s.db.Client.APIToken.Create().SetAccountID(acc).SetName(name).SetTokenHash(hash).
		SetPermissions(perms).SetCreatedAt(s.now())
	if v.Kind == auth.KindUser {
		create.SetCreatedByID(v.UserID)
	}
	if err := create.Exec(ctx); err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not create the token")
	}
	return &APITokenPayload{Token: token, Name: name, Permissions: perms}, nil
}

func tokenResource(t *ent.APIToken) authz.Resource {
	return authz.Resource{Type: "apitoken", ID: t.ID, AccountID: t.AccountID, Fields: map[string]any{
		"name": t.Name, "permissions": t.Permissions,
	}}
}

// RevokeAPIToken stops a token at once. Revoking is managing who has access: user.update.
func (s *Service) RevokeAPIToken(ctx context.Context, id int) (*ent.APIToken, error) {
	v, err := authz.Viewer(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.db.Client.APIToken.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("no API token with this ID")
	}
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not load the token")
	}
	if err := s.authz.Require(ctx, "user.update", tokenResource(t)); err != nil {
		return nil, err
	}
	if err := mayManage(v, enums.RoleOperator, t.Permissions, "API tokens"); err != nil {
		return nil, err
	}
	if t.RevokedAt != nil {
		return t, nil
	}
	err = database.WithTx(ctx, s.db.Client, func(tx *ent.Tx) error {
		var err error
		if t, err = tx.APIToken.UpdateOneID(t.ID).SetRevokedAt(s.now()).Save(ctx); err != nil {
			return err
		}
		return s.revoke(ctx, tx, 0, t.ID)
	})
	if err != nil {
		return nil, database.DomainError(err, "could not revoke the token")
	}
	return t, nil
}

// APITokens lists an account's tokens (never their secrets) to whoever may read its users.
func (s *Service) APITokens(ctx context.Context, a *ent.Account) ([]*ent.APIToken, error) {
	if err := s.authz.Require(ctx, "user.read", authz.Resource{Type: "apitoken", AccountID: a.ID}); err != nil {
		return nil, err
	}
	ts, err := a.QueryAPITokens().Order(apitoken.ByCreatedAt(), apitoken.ByID()).All(ctx)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not list the tokens")
	}
	return ts, nil
}

// UserDevices are the devices the user last used.
func (s *Service) UserDevices(ctx context.Context, u *ent.User) ([]*ent.Device, error) {
	if u.AccountID == nil {
		return []*ent.Device{}, nil
	}
	if err := s.authz.Require(ctx, "device.read", authz.Resource{Type: "device", AccountID: *u.AccountID,
		Fields: map[string]any{"lastUserId": authz.ID(u.ID)}}); err != nil {
		return nil, err
	}
	ds, err := s.licensing.DevicesLastUsedBy(ctx, u.ID)
	if err != nil {
		return nil, apperr.Wrap(apperr.Internal, err, "could not list the devices")
	}
	return ds, nil
}
