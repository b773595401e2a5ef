// Package regress_secondtoken: a signed-in caller (taken from the request
// context) confirming an e-mail with a second token is not an authentication
// failure of the request; and making a token is no check of one.
package regress_secondtoken

import (
	"context"
	"net/http"
)

type User struct{ ID string }

type ctxKey struct{}

func userInfo(ctx context.Context) *User { u, _ := ctx.Value(ctxKey{}).(*User); return u }

type tokens struct{}

func (tokens) Token(claims map[string]string) (string, error) { return "", nil }
func (tokens) Parse(raw string) (map[string]string, error)    { return nil, nil }
func (tokens) IsExpired(claims map[string]string) bool        { return false }

var ts tokens

func confirmEmail(w http.ResponseWriter, r *http.Request) {
	u := userInfo(r.Context())
	claims, err := ts.Parse(r.URL.Query().Get("token"))
	if err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if ts.IsExpired(claims) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	_ = u
}

func makeToken(w http.ResponseWriter, r *http.Request) {
	if _, err := ts.Token(map[string]string{"sub": "x"}); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}

// Without a signed-in caller the same check is the request's authentication.
func anonymous(w http.ResponseWriter, r *http.Request) {
	if _, err := ts.Parse(r.Header.Get("Authorization")); err != nil {
		w.WriteHeader(http.StatusForbidden) // want `use 401 Unauthorized`
	}
}

func sessionUser(r *http.Request) (*User, error) { return nil, nil }

// The caller's own session failing is the request's authentication, even
// though the same call returns the caller.
func ownSession(w http.ResponseWriter, r *http.Request) {
	u, err := sessionUser(r)
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `use 401 Unauthorized`
		return
	}
	_ = u
}
