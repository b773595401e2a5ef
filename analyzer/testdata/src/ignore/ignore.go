// Package ignore: //authstatus:ignore suppresses one finding, on its line or
// the line above.
package ignore

import "net/http"

func isAdmin(r *http.Request) bool { return false }

func handler(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(r) {
		// The client's SDK retries on 401 only; agreed with them.
		//authstatus:ignore legacy contract
		w.WriteHeader(http.StatusUnauthorized)
		w.WriteHeader(403) //authstatus:ignore test fixture
		w.WriteHeader(403) // want `403 Forbidden written as a bare literal`
	}
}
