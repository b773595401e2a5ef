// Package goplsapp is the fixture for scripts/e2e-gopls.sh: a 401 written
// after a failed permission check and a bare literal 403.
package goplsapp

import "net/http"

type User struct {
	Name  string
	Admin bool
}

func (u *User) IsAdmin() bool { return u.Admin }

type ctxKey struct{}

// Settings is for administrators; the router has authenticated the caller.
func Settings(w http.ResponseWriter, r *http.Request) {
	u := r.Context().Value(ctxKey{}).(*User)
	if !u.IsAdmin() {
		w.WriteHeader(401)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Archive is closed to everyone.
func Archive(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(403)
}
