// Package policy decides what users may do; it imports nothing HTTP.
package policy

import (
	"slices"

	"xpkg/errs"
)

type User struct {
	ID          string
	Permissions []string
	TeamID      string
}

type Guard struct{ strict bool }

// Allows is a predicate whose name says little: its body is a permission
// check.
func (g *Guard) Allows(u *User, perm string) bool { // want Allows:"check authz result 0"
	return slices.Contains(u.Permissions, perm)
}

// Check returns a sentinel of authorization.
func Check(u *User, teamID string) error { // want Check:"check authz result 0"
	if u.TeamID != teamID {
		return errs.ErrNoAccess
	}
	return nil
}

// Demand returns an error type of authorization.
func Demand(u *User, action string) error { // want Demand:"check authz result 0"
	if !slices.Contains(u.Permissions, action) {
		return &errs.PermissionError{Action: action}
	}
	return nil
}

// Resume authenticates a session token.
func Resume(token string) (*User, error) { // want Resume:"check authn result 1"
	if token == "" {
		return nil, errs.ErrBadSession
	}
	return &User{}, nil
}

// Save says nothing about access: one of its errors is unknown.
func Save(u *User) error {
	if u.TeamID == "" {
		return errs.ErrNoAccess
	}
	return store(u)
}

func store(u *User) error { return nil }
