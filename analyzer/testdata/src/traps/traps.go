// Package traps: code that looks like a mistake to a keyword matcher and is
// not one. Nothing here may be reported.
package traps

import (
	"context"
	"errors"
	"net/http"
)

type User struct {
	ID       string
	Role     string
	Disabled bool
}

func (u *User) IsAdmin() bool { return u.Role == "admin" } // want IsAdmin:"check authz result 0"

type ctxKey struct{}

func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(ctxKey{}).(*User)
	return u
}

// A failed CSRF check is neither authentication nor authorization: 403 is
// right, and 401 is not the fix either.
func csrf(w http.ResponseWriter, r *http.Request, sessionCSRF string) {
	if r.Header.Get("X-CSRF-Token") != sessionCSRF {
		http.Error(w, "invalid csrf token", http.StatusForbidden)
		return
	}
	token := r.FormValue("csrf_token")
	if token == "" {
		w.WriteHeader(http.StatusForbidden)
	}
	c, err := r.Cookie("_csrf")
	if err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
	_ = c
}

func validCSRF(r *http.Request) bool { return true }

func csrfPredicate(w http.ResponseWriter, r *http.Request) {
	if !validCSRF(r) {
		w.WriteHeader(http.StatusForbidden)
	}
}

// The message says "unauthorized", the check is a permission check and the
// status is right: messages are not evidence.
func messageSaysUnauthorized(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if !u.IsAdmin() {
		http.Error(w, "Unauthorized: admin only", http.StatusForbidden)
	}
}

// Mixed evidence: one branch for a missing user and a non-admin. Either
// status could be meant; say nothing.
func mixed(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil || !u.IsAdmin() {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if u == nil || !u.IsAdmin() {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// Unknown evidence: an error from an operation that is no check.
func createToken(u *User) (string, error)   { return "", nil }
func updateRole(u *User, role string) error { return nil }
func doWork(ctx context.Context) error      { return nil }

func unknownErrors(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if _, err := createToken(u); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
	if err := updateRole(u, "viewer"); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
	if err := doWork(r.Context()); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// "Authorized" is used for both meanings in the wild: no verdict from it.
func isAuthorized(r *http.Request) bool { return false }

func ambiguousName(w http.ResponseWriter, r *http.Request) {
	if !isAuthorized(r) {
		w.WriteHeader(http.StatusForbidden)
	}
	if !isAuthorized(r) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// An account that is disabled stays refused whatever the credentials.
func disabled(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u.Disabled {
		w.WriteHeader(http.StatusForbidden)
	}
}

// A 403 where the check passed, not failed: the write is not about it.
func afterSuccess(w http.ResponseWriter, r *http.Request) {
	_, _, ok := r.BasicAuth()
	if ok {
		w.WriteHeader(http.StatusForbidden)
	}
}

// ErrUnauthorized names a status, not a kind of failure: no verdict.
var ErrUnauthorized = errors.New("unauthorized")

func statusNamedError(w http.ResponseWriter, r *http.Request) {
	if err := doWork(r.Context()); errors.Is(err, ErrUnauthorized) {
		w.WriteHeader(http.StatusForbidden)
	}
}

// Statuses compared, not written.
func statusCompare(resp *http.Response) bool {
	return resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == 403
}

// Both kinds of failure on one path: conflicting evidence.
func conflict(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if r.Header.Get("Authorization") == "" {
		if !u.IsAdmin() {
			w.WriteHeader(http.StatusForbidden)
		}
	}
}

// A conditions outside a closure say nothing about when the closure runs.
func closure(w http.ResponseWriter, r *http.Request) http.HandlerFunc {
	u := userFrom(r.Context())
	if !u.IsAdmin() {
		return func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}
	return nil
}

// A comparison guard that returned leaves a passed check behind it, not a
// failed one: the 401 below is about something else.
func afterRoleGuard(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u.Role != "admin" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if err := doWork(r.Context()); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

type Role string

const RoleUser Role = "user"

type Member struct {
	Role Role
	Tier *string
}

func (m *Member) IsUser() bool { return m != nil && m.Role == RoleUser } // want IsUser:"check authz result 0"

// A role constant is a value compared, not a failure: IsUser() true is not a
// failed check, whatever else the branch tests.
func reserve(w http.ResponseWriter, m *Member) {
	if m.IsUser() && m.Tier == nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// A check of a credential named for permissions is not a login check.
func isAdminToken(tok string) bool          { return false }
func authorizeToken(tok, role string) error { return nil }

func adminToken(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("Authorization")
	if !isAdminToken(tok) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if err := authorizeToken(tok, "admin"); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}
