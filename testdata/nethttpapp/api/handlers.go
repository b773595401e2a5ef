// Package api is a small net/http service with the mistakes authstatus finds.
package api

import (
	"errors"
	"net/http"
	"strings"
)

type User struct {
	ID   string
	Role string
}

var ErrPermissionDenied = errors.New("permission denied")

func lookupToken(tok string) (*User, error) { return nil, errors.New("unknown token") }

func userFromRequest(r *http.Request) (*User, error) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	return lookupToken(tok)
}

// Admin requires an administrator.
func Admin(w http.ResponseWriter, r *http.Request) {
	u, err := userFromRequest(r)
	if err != nil {
		http.Error(w, "invalid token", http.StatusForbidden)
		return
	}
	if u.Role != "admin" {
		http.Error(w, "admins only", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(204)
}

// Delete maps domain errors to statuses.
func Delete(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, ErrPermissionDenied) {
		w.WriteHeader(401)
		return
	}
	w.WriteHeader(403)
}
