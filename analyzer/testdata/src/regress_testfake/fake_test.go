// Package regress_testfake: a fake server in a test mimics whatever the real
// one sends; only bare literals are reported there.
package regress_testfake

import (
	"net/http"
	"testing"
)

func TestProvider(t *testing.T) {
	h := func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusForbidden)
			return
		}
		w.WriteHeader(401) // want `401 Unauthorized written as a bare literal`
	}
	_ = h
}
