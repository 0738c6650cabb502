package auth

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// AllPermissions are the permission strings of the shipped default policy (API.md); ADMIN holds all of them.
var AllPermissions = []string{
	"count", "devices:read", "licenses:manage", "users:manage",
	"settings:manage", "policies:manage", "events:read",
}

const (
	MaxPermissions      = 50
	MaxPermissionLength = 100
)

// Lacking is the one rule "you may only grant, or act on, what you hold": the permissions of
// perms that v does not hold. ADMIN and SUPPORT users hold every permission, including the
// strings an account's own policy gives meaning to; an operator or an API token holds its own.
func Lacking(v *Viewer, perms []string) []string {
	if v == nil {
		return slices.Clone(perms)
	}
	if v.Kind == KindUser && (v.Role == RoleAdmin || v.Role == RoleSupport) {
		return nil
	}
	var missing []string
	for _, p := range perms {
		if !slices.Contains(v.Permissions, p) && !slices.Contains(missing, p) {
			missing = append(missing, p)
		}
	}
	return missing
}

// CleanPermissions checks a list of permission strings and returns it without duplicates.
// An account's own policy may give meaning to strings beyond AllPermissions, so any
// well-formed string is accepted.
func CleanPermissions(perms []string) ([]string, error) {
	if len(perms) > MaxPermissions {
		return nil, fmt.Errorf("too many permissions: give at most %d", MaxPermissions)
	}
	out := make([]string, 0, len(perms))
	for _, p := range perms {
		if p == "" || utf8.RuneCountInString(p) > MaxPermissionLength {
			return nil, fmt.Errorf("permission %q must be 1 to %d characters long", p, MaxPermissionLength)
		}
		for _, r := range p {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ':' || r == '.' || r == '_' || r == '-') {
				return nil, fmt.Errorf("permission %q may only use a-z, 0-9 and : . _ -", p)
			}
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}
