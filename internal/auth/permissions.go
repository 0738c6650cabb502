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

// PermissionsOf are the permissions a viewer holds: every one for ADMIN (and SUPPORT).
func PermissionsOf(v *Viewer) []string {
	if v == nil {
		return nil
	}
	if v.Kind == KindUser && (v.Role == RoleAdmin || v.Role == RoleSupport) {
		return slices.Clone(AllPermissions)
	}
	return v.Permissions
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
