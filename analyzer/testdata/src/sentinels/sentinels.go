// Package sentinels: the application's own error values that carry a status.
package sentinels

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type errHTTP struct {
	Code     int
	HTTPCode int
	Message  string
}

func (e *errHTTP) Error() string { return e.Message }

var (
	errHTTPUnauthorized = &errHTTP{40101, http.StatusUnauthorized, "unauthorized"}     // want errHTTPUnauthorized:"sentinel 401"
	errHTTPForbidden    = &errHTTP{40301, http.StatusForbidden, "forbidden"}           // want errHTTPForbidden:"sentinel 403" errHTTPForbidden:"errkind authz"
	errPermDenied       = echo.NewHTTPError(http.StatusForbidden, "permission denied") // want errPermDenied:"sentinel 403" errPermDenied:"errkind authz"
	errNoAdmin          = echo.NewHTTPError(401, "admins only")                        // want `401 Unauthorized written as a bare literal` errNoAdmin:"sentinel 401" errNoAdmin:"errkind authz"
)

type User struct{ Admin bool }

func (u *User) IsAdmin() bool { return u.Admin } // want IsAdmin:"check authz result 0"

func ensureAdmin(u *User) error {
	if !u.IsAdmin() {
		return errHTTPUnauthorized // want `401 Unauthorized written as errHTTPUnauthorized after permission check u.IsAdmin\(\) failed`
	}
	if !u.IsAdmin() {
		return errNoAdmin // want `401 Unauthorized written as errNoAdmin after permission check`
	}
	if !u.IsAdmin() {
		return errHTTPForbidden
	}
	return nil
}

// Unexported: no other package can call it, so it exports no CheckFact.
func ensureUser(c echo.Context) error {
	if c.Get("user") == nil {
		return errPermDenied // want `403 Forbidden written as errPermDenied when the request carries no authenticated caller`
	}
	// Compared, not written.
	if err := ensureAdmin(nil); err == errHTTPForbidden {
		return nil
	}
	return nil
}
