// Package regress_oidcnonce: comparing a verified ID token's nonce is part of
// authenticating it, not a permission check on the caller.
package regress_oidcnonce

import "net/http"

type IDToken struct{ Nonce string }

func verifyIDToken(raw string) (*IDToken, error) { return nil, nil }

func callback(w http.ResponseWriter, r *http.Request, nonce string) {
	idTk, err := verifyIDToken(r.FormValue("id_token"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if idTk.Nonce != nonce {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}
