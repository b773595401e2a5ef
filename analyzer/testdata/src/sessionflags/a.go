// Package sessionflags: flags kept in a session or in token claims.
package sessionflags

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Session struct{ Values map[any]any }

type Store struct{}

func (Store) Get(r *http.Request, name string) (*Session, error) { return nil, nil }

var store Store

// The session tutorial's check: "authenticated" is a login flag.
func secret(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "cookie-name")
	if auth, ok := session.Values["authenticated"].(bool); !ok || !auth {
		http.Error(w, "Forbidden", http.StatusForbidden) // want `use 401 Unauthorized`
		return
	}
	if admin, ok := session.Values["admin"].(bool); !ok || !admin {
		http.Error(w, "Forbidden", http.StatusForbidden)
		return
	}
	if theme, ok := session.Values["theme"].(string); !ok || theme == "" {
		http.Error(w, "Forbidden", http.StatusForbidden)
	}
}

type Claims struct {
	jwt.RegisteredClaims
	Role string
}

func keyFunc(t *jwt.Token) (any, error) { return nil, nil }

func parse(w http.ResponseWriter, r *http.Request) {
	token, err := jwt.ParseWithClaims(r.Header.Get("Authorization"), &Claims{}, keyFunc)
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	claims, ok := token.Claims.(*Claims)
	if !ok || !token.Valid {
		w.WriteHeader(http.StatusForbidden) // want `403 Forbidden written after authentication check token.Claims.\(\*Claims\) failed`
		return
	}
	if claims.Role != "admin" {
		w.WriteHeader(http.StatusForbidden)
	}
}

// A value missing from a session is not a permission.
func prefs(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "cookie-name")
	if _, ok := session.Values["theme"].(string); !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}
