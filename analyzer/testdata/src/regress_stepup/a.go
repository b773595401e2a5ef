// Package regress_stepup: re-checking the password of a signed-in user
// before a sensitive change is refused with 403 as often as 401; no verdict.
package regress_stepup

import (
	"errors"
	"net/http"
)

type User struct{ Username string }

type ctxKey struct{}

func loginUser(name, password string) (*User, error) { return nil, errors.New("x") }

func disableTOTP(w http.ResponseWriter, r *http.Request) {
	u := r.Context().Value(ctxKey{}).(*User)
	if _, err := loginUser(u.Username, r.FormValue("password")); err != nil {
		http.Error(w, "invalid password", http.StatusForbidden)
		return
	}
}

// A first login is no step-up: 403 there is the mistake.
func login(w http.ResponseWriter, r *http.Request) {
	if _, err := loginUser(r.FormValue("username"), r.FormValue("password")); err != nil {
		http.Error(w, "invalid password", http.StatusForbidden) // want `use 401 Unauthorized`
		return
	}
}
