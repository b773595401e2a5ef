// Package regress_manyargs: a service call that takes a token among many
// arguments does more than check the token; its error says nothing.
package regress_manyargs

import (
	"context"
	"net/http"
	"time"
)

func acceptDeviceCode(ctx context.Context, code, userID, method string, at time.Time, reauthToken string) error {
	return nil
}

func accept(w http.ResponseWriter, r *http.Request) {
	tok := r.Header.Get("X-Reauthentication-Token")
	if err := acceptDeviceCode(r.Context(), r.FormValue("code"), "u", "pw", time.Now(), tok); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
}
