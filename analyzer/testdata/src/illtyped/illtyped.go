// Package illtyped does not type-check: the analyzer must neither panic nor
// guess where types are missing.
package illtyped

import (
	"errors"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	u := undefinedLookup(r)
	if !u.IsAdmin() {
		w.WriteHeader(http.StatusUnauthorized)
	}
	if err := missing.Verify(r); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
	var code = undefinedStatus
	w.WriteHeader(code)
	http.Error(w, "x")
	w.WriteHeader()
	switch x := nothing.(type) {
	case *Undefined:
		w.WriteHeader(403) // want `403 Forbidden written as a bare literal`
	}
	if errors.Is(undefinedErr, ErrMissing) {
		return undefined.ErrForbidden
	}
}

func (Unknown) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(code())
}

func broken(w http.ResponseWriter, code int, status Missing) {
	w.WriteHeader(status)
}
