// Package mapping: functions and tables that map errors to statuses are
// checked arm by arm.
package mapping

import (
	"errors"
	"net/http"
)

var (
	ErrPermissionDenied = errors.New("permission denied") // want ErrPermissionDenied:"errkind authz"
	ErrInvalidToken     = errors.New("invalid token")     // want ErrInvalidToken:"errkind authn"
	ErrNotFound         = errors.New("not found")
	ErrSessionExpired   = errors.New("session expired") // want ErrSessionExpired:"errkind authn"
)

type Kind int

const (
	KindOther Kind = iota
	KindUnauthenticated
	KindForbidden
)

// statusFor is a mapping: it returns named status constants.
func statusFor(err error) int {
	switch {
	case errors.Is(err, ErrPermissionDenied):
		return http.StatusUnauthorized // want `401 Unauthorized written for authorization error ErrPermissionDenied`
	case errors.Is(err, ErrInvalidToken):
		return http.StatusUnauthorized
	case errors.Is(err, ErrSessionExpired):
		return http.StatusForbidden // want `403 Forbidden written for authentication error ErrSessionExpired; the caller is not authenticated, use 401 Unauthorized`
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

func kindStatus(k Kind) int {
	switch k {
	case KindUnauthenticated:
		return 403 // want `403 Forbidden written for authentication failure KindUnauthenticated`
	case KindForbidden:
		return http.StatusForbidden
	}
	return http.StatusInternalServerError
}

// codeOf is used as a status below, so its literals are status writes.
func codeOf(err error) int {
	if errors.Is(err, ErrPermissionDenied) {
		return 403 // want `403 Forbidden written as a bare literal`
	}
	return 500
}

func handle(w http.ResponseWriter, err error) {
	w.WriteHeader(codeOf(err))
}

var statusOf = map[error]int{
	ErrPermissionDenied: http.StatusUnauthorized, // want `401 Unauthorized written for authorization error ErrPermissionDenied`
	ErrInvalidToken:     http.StatusUnauthorized,
	ErrNotFound:         http.StatusNotFound,
}

// Not a mapping: an int that is no status.
func retries(err error) int {
	if errors.Is(err, ErrPermissionDenied) {
		return 401
	}
	return 3
}
