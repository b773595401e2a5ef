// Package policy decides what a user may do.
package policy

import "slices"

type User struct{ Grants []string }

type Guard struct{}

// Allows is a permission check, whatever its name says.
func (Guard) Allows(u *User, action string) bool {
	return slices.Contains(u.Grants, action)
}
