package identity

import (
	"context"
	"fmt"
	"strings"

	"github.com/countthings/countthings/ent"
	"github.com/countthings/countthings/ent/schema/enums"
	"github.com/countthings/countthings/ent/user"
	"github.com/countthings/countthings/internal/auth"
)

// EnsureSupport makes sure a SUPPORT user with this email exists. An existing user's
// password is left as it is; created reports whether it was made now.
func (s *Service) EnsureSupport(ctx context.Context, email, password string) (created bool, err error) {
	email = NormalizeEmail(email)
	if email == "" || !strings.Contains(email, "@") {
		return false, fmt.Errorf("support email %q is not an email address", email)
	}
	ctx = auth.WithSystem(ctx)
	u, err := s.db.Client.User.Query().Where(user.Email(email)).Only(ctx)
	switch {
	case err == nil:
		if u.Role != enums.RoleSupport {
			return false, fmt.Errorf("%s already exists as a %s user, not SUPPORT", email, u.Role)
		}
		return false, nil
	case !ent.IsNotFound(err):
		return false, err
	}
	if err := auth.ValidatePassword(password); err != nil {
		return false, fmt.Errorf("support password: %w", err)
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return false, err
	}
	_, err = s.db.Client.User.Create().SetEmail(email).SetPasswordHash(hash).SetRole(enums.RoleSupport).Save(ctx)
	if ent.IsConstraintError(err) {
		// Another instance created it at the same moment.
		return false, nil
	}
	return err == nil, err
}

// NormalizeEmail is the stored form of an email: trimmed and lower-cased, so uniqueness is case-insensitive.
func NormalizeEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }
