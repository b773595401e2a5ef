// Package app has the HTTP handlers.
package app

import (
	"net/http"

	"example.com/golangciapp/auth"
	"example.com/golangciapp/respond"
	"example.com/golangciapp/web"
)

// DeleteUser: the caller is known and not an admin, yet the helper from
// package respond is told 401 (use-403, found through respond's fact).
func DeleteUser(w http.ResponseWriter, r *http.Request) {
	u := auth.FromRequest(r)
	if !u.IsAdmin() {
		respond.Error(w, http.StatusUnauthorized, "admins only")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Export: 403 is right, but written as a bare literal (forbidden-literal,
// fixed to http.StatusForbidden).
func Export(w http.ResponseWriter, r *http.Request) {
	u := auth.FromRequest(r)
	if !u.IsAdmin() {
		w.WriteHeader(403)
		return
	}
	w.Write([]byte("data"))
}

// Legacy: the same literal, suppressed for golangci-lint.
func Legacy(w http.ResponseWriter, r *http.Request) {
	u := auth.FromRequest(r)
	if !u.IsAdmin() {
		w.WriteHeader(403) //nolint:authstatus // old clients match on the number
		return
	}
	w.Write([]byte("legacy"))
}

// Login: 401 is right, but no WWW-Authenticate header is sent
// (missing-www-authenticate, reported only when enabled).
func Login(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user == "" || pass == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Settings: 401 queued through web.Send, a sink only when configured
// (use-403 with sinks: ["example.com/golangciapp/web.Send:1"]).
func Settings(w http.ResponseWriter, r *http.Request) {
	u := auth.FromRequest(r)
	if !u.IsAdmin() {
		web.Send(r, http.StatusUnauthorized, "admins only")
		return
	}
	web.Send(r, http.StatusOK, "settings")
}

// Reports: Licensed is an authorization predicate only for a project that
// lists "licensed" among its authz-words (use-403 with authz-words: [licensed]).
func Reports(w http.ResponseWriter, r *http.Request) {
	u := auth.FromRequest(r)
	if !u.Licensed("reports") {
		http.Error(w, "upgrade your plan", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("reports"))
}
