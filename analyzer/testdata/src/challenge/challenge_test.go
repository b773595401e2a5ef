package challenge

import (
	"net/http"
	"net/http/httptest"
)

// Fake servers in tests need no challenge.
func fakeServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
	}))
}
