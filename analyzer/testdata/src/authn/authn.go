// Package authn: 403 written where authentication failed is use-401; the
// same branches writing 401 are correct.
package authn

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"
)

type User struct {
	ID    string
	Roles []string
}

type ctxKey struct{}

var userKey = ctxKey{}

// Basic auth: the ok of r.BasicAuth() is the authentication check.

func basicAuthWrong(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check r.BasicAuth\(\) failed; the caller is not authenticated, use 401 Unauthorized`
		return
	}
	_, _ = user, pass
}

func basicAuthRight(w http.ResponseWriter, r *http.Request) {
	_, _, ok := r.BasicAuth()
	if !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}

// Compared credentials: subtle.ConstantTimeCompare.

func apiKeyCompareWrong(w http.ResponseWriter, r *http.Request, expected string) {
	user, pass, ok := r.BasicAuth()
	if !ok || subtle.ConstantTimeCompare([]byte(pass), []byte(expected)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden) // want `403 Forbidden written after authentication check r.BasicAuth\(\) failed`
		return
	}
	_ = user
}

// The Authorization header, empty or without the bearer prefix.

func bearerWrong(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		http.Error(w, "missing token", http.StatusForbidden) // want `403 Forbidden written when the request carries no credentials \(auth is empty\)`
		return
	}
	if !strings.HasPrefix(auth, "Bearer ") {
		http.Error(w, "bad token", http.StatusForbidden) // want `403 Forbidden written after authentication check strings.HasPrefix\(auth, "Bearer "\) failed`
		return
	}
	token := strings.TrimPrefix(auth, "Bearer ")
	if len(token) == 0 {
		w.WriteHeader(http.StatusForbidden) // want `use 401 Unauthorized`
	}
}

func bearerRight(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	parts := strings.SplitN(auth, " ", 2)
	if len(parts) != 2 || parts[0] != "Bearer" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

func apiKeyHeaderWrong(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-API-Key") == "" {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written when the request carries no credentials`
	}
}

// Cookies and sessions.

func sessionCookieWrong(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_id")
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check r.Cookie\("session_id"\) failed`
		return
	}
	_ = c
}

func sessionCookieRight(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session_id"); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}

// Token verification by a function of the application.

func verifyToken(tok string) (*User, error) { return nil, nil }

func verifyWrong(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	u, err := verifyToken(tok)
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check verifyToken\(tok\) failed`
		return
	}
	_ = u
}

// A principal missing from the request context.

func userFromContextWrong(w http.ResponseWriter, r *http.Request) {
	u, ok := r.Context().Value(userKey).(*User)
	if !ok {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written when the request carries no authenticated caller`
		return
	}
	_ = u
}

func currentUser(ctx context.Context) *User {
	u, _ := ctx.Value(userKey).(*User)
	return u
}

func nilPrincipalWrong(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r.Context())
	if u == nil {
		http.Error(w, "login required", http.StatusForbidden) // want `403 Forbidden written when the request carries no authenticated caller \(u is nil\)`
		return
	}
}

func nilPrincipalRight(w http.ResponseWriter, r *http.Request) {
	if u := currentUser(r.Context()); u == nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
}

// Sentinel errors of authentication.

var (
	ErrInvalidToken = errors.New("invalid token")           // want ErrInvalidToken:"errkind authn"
	ErrTokenExpired = errors.New("token expired")           // want ErrTokenExpired:"errkind authn"
	errNoCreds      = errors.New("no credentials supplied") // want errNoCreds:"errkind authn"
)

func authenticate(r *http.Request) (*User, error) { return nil, nil }

func sentinelWrong(w http.ResponseWriter, r *http.Request) {
	_, err := authenticate(r)
	switch {
	case errors.Is(err, ErrTokenExpired), errors.Is(err, ErrInvalidToken):
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written for authentication error ErrTokenExpired`
	case err == errNoCreds:
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written for authentication error errNoCreds`
	case err != nil:
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// Middleware closures and http.HandlerFunc literals are handlers too.

func RequireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusForbidden) // want `use 401 Unauthorized`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// A wrapper ResponseWriter is still a ResponseWriter.

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) { // want WriteHeader:"statusSink arg 0"
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w}
	if _, _, ok := r.BasicAuth(); !ok {
		rec.WriteHeader(http.StatusForbidden) // want `use 401 Unauthorized`
	}
}

type loginRequest struct{ Email, Password string }

type backend struct{}

func (backend) ProcessLogin(l loginRequest) (*User, error) { return nil, nil }

func (backend) RecordVisit(u *User) error { return nil }

func respondWithError(w http.ResponseWriter, code int, format string, args ...any) { // want respondWithError:"statusSink arg 1"
	http.Error(w, format, code)
}

// A failed login is an authentication failure, whatever verb the
// function's name starts with.
func handleLogin(w http.ResponseWriter, r *http.Request, b backend, l loginRequest) {
	u, err := b.ProcessLogin(l)
	if err != nil {
		respondWithError(w, http.StatusForbidden, "handleLogin: ProcessLogin %v", err) // want `403 Forbidden written after authentication check b.ProcessLogin\(l\) failed`
		return
	}
	if err := b.RecordVisit(u); err != nil {
		respondWithError(w, http.StatusForbidden, "visit")
	}
}
