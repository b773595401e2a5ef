// Package configured is checked with a project's own vocabulary and sinks:
// authz-words clearance, authn-regexp (?i)^x-corp-passport$, sinks
// configured/web.Send:1 and (*configured/web.Ctx).Reply:0.
package configured

import (
	"configured/web"
	"net/http"
)

type user struct{ level int }

func (u *user) HasClearance(level int) bool { return u.level >= level }

// A word of the project's own.
func clearance(w http.ResponseWriter, u *user) {
	if !u.HasClearance(3) {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check u.HasClearance\(3\) failed`
	}
}

// A header name matched by the project's regular expression.
func passport(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Corp-Passport") == "" {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written when the request carries no credentials \(r.Header.Get\("X-Corp-Passport"\) is empty\); the caller is not authenticated, use 401 Unauthorized`
	}
}

// Configured sinks: a function and a method.
func sinks(w http.ResponseWriter, c *web.Ctx, u *user) {
	if !u.HasClearance(1) {
		web.Send(w, http.StatusUnauthorized, "no") // want `401 Unauthorized written after permission check`
		return
	}
	if c.R.Header.Get("Authorization") == "" {
		c.Reply(403, "no") // want `403 Forbidden written when the request carries no credentials`
		return
	}
	web.Send(w, 403, "no") // want `403 Forbidden written as a bare literal; use http.StatusForbidden`
}
