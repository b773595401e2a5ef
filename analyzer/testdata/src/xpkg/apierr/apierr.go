// Package apierr declares HTTP errors used by other packages.
package apierr

import "net/http"

type Error struct {
	Status int
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

var ErrLoginRequired = &Error{Status: http.StatusForbidden, Msg: "login required"} // want ErrLoginRequired:"sentinel 403" ErrLoginRequired:"errkind authn"
