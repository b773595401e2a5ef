// Package regress_originpredicate: a predicate named for an origin check
// whose body looks at cookies is no authentication check.
package regress_originpredicate

import "net/http"

func tokenFrom(r *http.Request) (string, bool) { return "", false }

func rejectForeignOrigin(r *http.Request) bool {
	if _, isCookie := tokenFrom(r); !isCookie {
		return false
	}
	return r.Header.Get("Origin") != "https://example.com"
}

func handler(w http.ResponseWriter, r *http.Request, elevated bool) {
	if rejectForeignOrigin(r) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if !elevated {
		w.WriteHeader(http.StatusForbidden)
	}
}
