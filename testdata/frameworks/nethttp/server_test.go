package nethttp_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"example.com/frameworks/nethttp"
)

func TestOperatorAuthWithoutCredentials(t *testing.T) {
	h := nethttp.OperatorAuth(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/console", nil))
	if rec.Code != 401 {
		t.Fatalf("status %d, want 401", rec.Code)
	}
	if rec.Header().Get("WWW-Authenticate") == "" {
		t.Fatal("401 without WWW-Authenticate")
	}
}

func TestCheckUpstreamRejected(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	}))
	defer srv.Close()
	if err := nethttp.CheckUpstream(context.Background(), srv.URL); err == nil {
		t.Fatal("a 403 from upstream must be an error")
	}
}
