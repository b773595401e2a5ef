// Package nethttp is a small document service on the standard library:
// basic auth for operators, API keys for integrations, session cookies for
// the web UI.
package nethttp

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"time"
)

type User struct {
	ID        string
	Roles     []string
	Suspended bool
}

func (u *User) HasRole(role string) bool { return slices.Contains(u.Roles, role) }

type Session struct {
	UserID    string
	CSRFToken string
	Expires   time.Time
}

type Document struct {
	ID      string
	OwnerID string
}

type ctxKey struct{}

var (
	ErrNoCredentials = errors.New("no credentials")
	ErrBadSignature  = errors.New("bad signature")
	ErrNotOwner      = errors.New("not the owner")
	ErrDocNotFound   = errors.New("document not found")
)

var (
	sessions     = map[string]*Session{}
	users        = map[string]*User{}
	documents    = map[string]*Document{}
	operatorPass = []byte("s3cret")
)

func respondError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(ctxKey{}).(*User)
	return u
}

// OperatorAuth protects the operator console with HTTP basic auth.
func OperatorAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, pass, ok := r.BasicAuth()
		if !ok {
			w.Header().Set("WWW-Authenticate", `Basic realm="operators"`)
			respondError(w, http.StatusUnauthorized, "credentials required")
			return
		}
		if subtle.ConstantTimeCompare([]byte(pass), operatorPass) != 1 {
			respondError(w, http.StatusForbidden, "wrong password") // want use-401
			return
		}
		ctx := context.WithValue(r.Context(), ctxKey{}, users[name])
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// SessionAuth resolves the web UI's session cookie.
func SessionAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("sid")
		if err != nil {
			http.Error(w, "forbidden: please sign in", http.StatusUnauthorized)
			return
		}
		sess, ok := sessions[c.Value]
		if !ok || time.Now().After(sess.Expires) {
			http.Error(w, "session expired", http.StatusForbidden) // want use-401
			return
		}
		if r.Method != http.MethodGet && r.Header.Get("X-CSRF-Token") != sess.CSRFToken {
			w.WriteHeader(403) // want forbidden-literal
			return
		}
		u := users[sess.UserID]
		if u.Suspended {
			http.Error(w, "account suspended", http.StatusUnauthorized) // want use-403
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, u)))
	})
}

// IntegrationAuth accepts an API key in the query string, as older
// integrations send it.
func IntegrationAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("api_key")
		if key == "" {
			respondError(w, http.StatusForbidden, "api_key missing") // want use-401
			return
		}
		next.ServeHTTP(w, r)
	})
}

var errStatus = map[error]int{
	ErrNoCredentials: http.StatusUnauthorized,
	ErrBadSignature:  http.StatusUnauthorized,
	ErrNotOwner:      http.StatusUnauthorized, // want use-403
	ErrDocNotFound:   http.StatusNotFound,
}

func deleteDocument(u *User, id string) error {
	d, ok := documents[id]
	if !ok {
		return ErrDocNotFound
	}
	if d.OwnerID != u.ID {
		return ErrNotOwner
	}
	delete(documents, id)
	return nil
}

func DeleteDocument(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		respondError(w, http.StatusUnauthorized, "not signed in")
		return
	}
	if err := deleteDocument(u, r.PathValue("id")); err != nil {
		code, ok := errStatus[err]
		if !ok {
			code = http.StatusInternalServerError
		}
		respondError(w, code, err.Error())
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func AuditLog(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil || !u.HasRole("auditor") {
		respondError(w, http.StatusForbidden, "auditors only")
		return
	}
	if !u.HasRole("compliance") {
		respondError(w, http.StatusForbidden, "Unauthorized: compliance role required")
		return
	}
	// The body carries the upstream service's own code, not our status.
	_ = json.NewEncoder(w).Encode(map[string]any{"upstream_code": 403, "entries": []string{}})
}

// ExportReport is mounted behind SessionAuth.
func ExportReport(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		respondError(w, 401, "not signed in") // want unauthorized-literal
		return
	}
	if !u.HasRole("analyst") {
		respondError(w, http.StatusUnauthorized, "analysts only") // want use-403
		return
	}
	w.WriteHeader(http.StatusOK)
}

// CheckUpstream is client code: comparing a status is not writing one.
func CheckUpstream(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == 403 {
		return ErrNoCredentials
	}
	return nil
}
