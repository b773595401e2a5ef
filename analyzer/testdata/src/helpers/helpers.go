// Package helpers: statuses written through the application's own helpers.
package helpers

import (
	"context"
	"encoding/json"
	"net/http"
)

type User struct{ Role string }

func (u *User) IsAdmin() bool { return u.Role == "admin" } // want IsAdmin:"check authz result 0"

type ctxKey struct{}

func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(ctxKey{}).(*User)
	return u
}

// writeError forwards its code to WriteHeader: calls of it are status writes.
func writeError(w http.ResponseWriter, code int, msg string) { // want writeError:"statusSink arg 1"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// respond forwards to writeError: helpers of helpers count too.
func respond(w http.ResponseWriter, msg string, status int) { // want respond:"statusSink arg 2"
	writeError(w, status, msg)
}

// unauthorized always writes 401.
func unauthorized(w http.ResponseWriter) { // want unauthorized:"writes 401"
	writeError(w, http.StatusUnauthorized, "unauthorized")
}

// forbidden is named for 403 and writes 401: every caller is misled.
func forbidden(w http.ResponseWriter) { // want forbidden:"writes 401"
	http.Error(w, "forbidden", http.StatusUnauthorized) // want `401 Unauthorized written by forbidden, whose name says 403 Forbidden; callers of forbidden mean 403 Forbidden`
}

func denied(w http.ResponseWriter) { // want denied:"writes 403"
	http.Error(w, "denied", http.StatusForbidden)
}

func adminOnly(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		unauthorized(w)
		return
	}
	if !u.IsAdmin() {
		writeError(w, http.StatusUnauthorized, "admin only") // want `401 Unauthorized written after permission check u.IsAdmin\(\) failed`
		return
	}
	if !u.IsAdmin() {
		respond(w, "admin only", http.StatusUnauthorized) // want `use 403 Forbidden`
		return
	}
	if !u.IsAdmin() {
		unauthorized(w) // want `401 Unauthorized written by unauthorized after permission check u.IsAdmin\(\) failed`
		return
	}
	if !u.IsAdmin() {
		writeError(w, 403, "admin only") // want `403 Forbidden written as a bare literal`
	}
}

func loginRequired(w http.ResponseWriter, r *http.Request) {
	if userFrom(r.Context()) == nil {
		denied(w) // want `403 Forbidden written by denied when the request carries no authenticated caller`
		return
	}
	if userFrom(r.Context()) == nil {
		writeError(w, http.StatusUnauthorized, "login required")
	}
}

// deny responds with 403 Forbidden to callers who may not proceed.
func deny(w http.ResponseWriter) { // want deny:"writes 401"
	w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written by deny, whose doc comment says 403 Forbidden`
}

// reject answers 401 or 403, as the caller's state requires: no promise.
func reject(w http.ResponseWriter) { // want reject:"writes 401"
	w.WriteHeader(http.StatusUnauthorized)
}
