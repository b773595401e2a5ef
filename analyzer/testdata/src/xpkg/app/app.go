// Package app uses respond, policy and errs: every route crosses packages.
package app

import (
	"errors"
	"net/http"

	"xpkg/apierr"
	"xpkg/errs"
	"xpkg/policy"
	"xpkg/respond"
)

var guard policy.Guard

func current(r *http.Request) *policy.User { return nil }

func Refund(w http.ResponseWriter, r *http.Request) {
	u := current(r)
	if !guard.Allows(u, "invoice.refund") {
		respond.Error(w, http.StatusUnauthorized, "not allowed") // want `401 Unauthorized written after permission check guard.Allows\(u, "invoice.refund"\) failed`
		return
	}
	if !guard.Allows(u, "invoice.view") {
		respond.Error(w, 403, "not allowed") // want `403 Forbidden written as a bare literal`
		return
	}
	if !guard.Allows(u, "invoice.export") {
		respond.Unauthorized(w) // want `401 Unauthorized written by Unauthorized after permission check`
		return
	}
	if !guard.Allows(u, "invoice.delete") {
		respond.Error(w, http.StatusForbidden, "not allowed")
	}
}

func Team(w http.ResponseWriter, r *http.Request) {
	u := current(r)
	if err := policy.Check(u, r.PathValue("team")); err != nil {
		respond.Error(w, http.StatusUnauthorized, err.Error()) // want `401 Unauthorized written after permission check policy.Check\(u, r.PathValue\("team"\)\) failed`
		return
	}
	if err := policy.Demand(u, "team.edit"); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	if err := policy.Save(u); err != nil {
		respond.Error(w, http.StatusUnauthorized, err.Error()) // nothing known about Save
	}
}

func Session(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	u, err := policy.Resume(c.Value)
	if err != nil {
		respond.Error(w, http.StatusForbidden, "session expired") // want `403 Forbidden written after authentication check policy.Resume\(c.Value\) failed`
		return
	}
	_ = u
}

// statusOf maps the errors of another package.
func statusOf(err error) int {
	var pe *errs.PermissionError
	switch {
	case errors.Is(err, errs.ErrNoAccess):
		return http.StatusUnauthorized // want `401 Unauthorized written for authorization error errs.ErrNoAccess`
	case errors.Is(err, errs.ErrBadSession):
		return http.StatusForbidden // want `403 Forbidden written for authentication error errs.ErrBadSession`
	case errors.As(err, &pe):
		return http.StatusUnauthorized // want `401 Unauthorized written for authorization error type PermissionError`
	case errors.Is(err, errs.ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, errs.ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

var byError = map[error]int{
	errs.ErrNoAccess:   http.StatusForbidden,
	errs.ErrBadSession: http.StatusForbidden, // want `403 Forbidden written for authentication error errs.ErrBadSession`
}

func Handle(w http.ResponseWriter, r *http.Request, err error) {
	respond.Error(w, statusOf(err), "failed")
}

func Me(w http.ResponseWriter, r *http.Request) error { // want Me:"check authn result 0"
	if current(r) == nil {
		return apierr.ErrLoginRequired // want `403 Forbidden written as apierr.ErrLoginRequired when the request carries no authenticated caller`
	}
	return nil
}
