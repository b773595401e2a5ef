// Package regress_credentialflag: a boolean copied from a map of the token's
// permissions is named "credential"; the name must not make it a login check.
package regress_credentialflag

import "net/http"

type Claims struct{ Credentials map[string]bool }

func claimsOf(r *http.Request) (*Claims, error) { return nil, nil }

func createBook(w http.ResponseWriter, r *http.Request) {
	claims, err := claimsOf(r)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	credential := claims.Credentials["book:create"]
	if !credential {
		w.WriteHeader(http.StatusForbidden)
		return
	}
}
