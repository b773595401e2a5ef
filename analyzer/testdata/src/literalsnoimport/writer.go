// Package literalsnoimport writes statuses through a ResponseWriter declared
// in another file; this file does not import net/http, so the fix adds it.
package literalsnoimport

import "fmt"

func deny(w writer) { // want deny:"writes 403"
	fmt.Fprintln(w, "denied")
	w.WriteHeader(403) // want `403 Forbidden written as a bare literal`
}

func denyAgain(w writer) { // want denyAgain:"writes 401"
	w.WriteHeader(401) // want `401 Unauthorized written as a bare literal`
}
