// Package errs declares the application's errors; it imports nothing HTTP.
package errs

import "errors"

var (
	ErrNoAccess     = errors.New("you do not have access to this workspace") // want ErrNoAccess:"errkind authz"
	ErrBadSession   = errors.New("session is invalid or expired")            // want ErrBadSession:"errkind authn"
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
)

// QuotaError is not about access at all.
type QuotaError struct{ Limit int }

func (e *QuotaError) Error() string { return "quota exceeded" }

// PermissionError is an authorization failure, whatever its message.
type PermissionError struct{ Action string } // want PermissionError:"errkind authz"

func (e *PermissionError) Error() string { return "cannot " + e.Action }
