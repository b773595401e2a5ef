// Package literals: 401 and 403 written as bare literals where a response
// status is written.
package literals

import (
	"encoding/json"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("x") == "" {
		w.WriteHeader(403) // want `403 Forbidden written as a bare literal; use http.StatusForbidden`
		return
	}
	http.Error(w, "no", 401) // want `401 Unauthorized written as a bare literal; use http.StatusUnauthorized`
}

func constants(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	http.Error(w, "no", http.StatusUnauthorized)
}

// A status chosen in a variable is written where it is chosen.
func variable(w http.ResponseWriter, r *http.Request) {
	code := 200
	if r.Method == http.MethodDelete {
		code = 403 // want `403 Forbidden written as a bare literal`
	}
	w.WriteHeader(code)
}

// Business codes in a body are not response statuses.
type result struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

func businessCode(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(result{Code: 403, Msg: "no permission"})
	n := 401
	_ = n
}

const codeDenied = 403

// A named constant of the application is not a bare literal.
func namedConst(w http.ResponseWriter, r *http.Request) { // want namedConst:"writes 403"
	w.WriteHeader(codeDenied)
}

// Assertions on a recorded status are not writes.
func check(rec interface{ Result() int }) bool {
	return rec.Result() == 401
}

// A literal where authorization failed gets one diagnostic: the swap.
func isAdmin(r *http.Request) bool { return false }

func swapLiteral(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(r) {
		w.WriteHeader(401) // want `401 Unauthorized written after permission check isAdmin\(r\) failed`
	}
}

// A local variable named http shadows the package: no fix can name it here.
func shadowed(w http.ResponseWriter, r *http.Request) { // want shadowed:"writes 403"
	http := struct{ n int }{}
	_ = http
	w.WriteHeader(403) // want `403 Forbidden written as a bare literal`
}
