// Package respond writes JSON responses.
package respond

import (
	"encoding/json"
	"net/http"
)

// Error forwards its status to WriteHeader.
func Error(w http.ResponseWriter, status int, msg string) { // want Error:"statusSink arg 1"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Unauthorized always writes 401.
func Unauthorized(w http.ResponseWriter) { // want Unauthorized:"writes 401"
	Error(w, http.StatusUnauthorized, "unauthorized")
}

// Forbidden is named for 403 but writes 401: reported here, once.
func Forbidden(w http.ResponseWriter, msg string) { // want Forbidden:"writes 401"
	Error(w, http.StatusUnauthorized, msg) // want `401 Unauthorized written by Forbidden, whose name says 403 Forbidden`
}
