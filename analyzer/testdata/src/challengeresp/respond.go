// Package challengeresp has response helpers that other packages call.
package challengeresp

import "net/http"

// Challenge sets the Bearer challenge.
func Challenge(w http.ResponseWriter) { // want Challenge:"sets WWW-Authenticate"
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
}

// Unauthorized writes a complete 401: challenge and status.
func Unauthorized(w http.ResponseWriter, msg string) { // want Unauthorized:"sets WWW-Authenticate" Unauthorized:"writes 401"
	Challenge(w)
	http.Error(w, msg, http.StatusUnauthorized)
}

// Error writes any status.
func Error(w http.ResponseWriter, code int, msg string) { // want Error:"statusSink arg 1"
	http.Error(w, msg, code)
}
