// Package polarity: some checks fail when true (Expired, Revoked,
// Suspended), and time comparisons decide only about a credential's expiry.
package polarity

import (
	"net/http"
	"time"
)

type Session struct {
	UserID    string
	ExpiresAt time.Time
}

type Account struct {
	Suspended         bool
	PasswordChangedAt time.Time
}

type APIKey struct{ Revoked bool }

func (s *Session) Expired() bool { return time.Now().After(s.ExpiresAt) }

var sessions = map[string]*Session{}

func session(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	sess, ok := sessions[c.Value]
	if !ok {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after credential look-up sessions\[c.Value\] failed`
		return
	}
	if time.Now().After(sess.ExpiresAt) {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after expiry check time.Now\(\).After\(sess.ExpiresAt\)`
		return
	}
	if sess.ExpiresAt.Before(time.Now()) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if sess.Expired() {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check sess.Expired\(\) failed`
		return
	}
	// The session is valid here: a 403 after a passed expiry check is not
	// about authentication.
	if time.Now().Before(sess.ExpiresAt) {
		w.WriteHeader(http.StatusForbidden)
	}
}

func account(w http.ResponseWriter, r *http.Request, a *Account, k *APIKey, issued time.Time) {
	if a.Suspended {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check a.Suspended failed`
		return
	}
	if k.Revoked {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check k.Revoked failed`
		return
	}
	// Other times say nothing, whichever way they are compared.
	if issued.Before(a.PasswordChangedAt) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	if !a.Suspended {
		w.WriteHeader(http.StatusForbidden)
	}
}

var usersByName = map[string]*Account{}

func login(w http.ResponseWriter, r *http.Request) {
	if _, ok := usersByName[r.PostFormValue("username")]; !ok {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after credential look-up`
		return
	}
	if r.URL.Query().Get("api_key") == "" {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written when the request carries no credentials`
	}
}

// stale is true when the token is past its expiry: its body says so.
func stale(s *Session, tokenExpiry time.Time) bool { // unexported: no fact, but useStale shows the polarity
	return time.Now().After(tokenExpiry)
}

// Stale is stale for other packages: exported, its polarity goes into a fact.
func Stale(s *Session, tokenExpiry time.Time) bool { // want Stale:"check authn result 0 fails when true"
	return time.Now().After(tokenExpiry)
}

func useStale(w http.ResponseWriter, r *http.Request, s *Session, t time.Time) {
	if stale(s, t) {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check stale\(s, t\) failed`
	}
	if !stale(s, t) {
		w.WriteHeader(http.StatusForbidden)
	}
}
