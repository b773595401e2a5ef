// Package respond writes JSON errors.
package respond

import (
	"encoding/json"
	"net/http"
)

// Error forwards its status to WriteHeader.
func Error(w http.ResponseWriter, status int, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Forbidden is named for 403 and writes 401.
func Forbidden(w http.ResponseWriter) {
	Error(w, http.StatusUnauthorized, "forbidden")
}
