// Package muxapi is a team directory on gorilla/mux: password login,
// opaque session tokens, team membership and administrators.
package muxapi

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gorilla/mux"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID           string
	PasswordHash []byte
	TeamIDs      []string
	Admin        bool
	Locked       bool
}

type Team struct {
	ID      string
	OwnerID string
}

type session struct {
	user    *User
	expires time.Time
}

type NotMemberError struct{ Team string }

func (e *NotMemberError) Error() string { return "not a member of team " + e.Team }

type ctxKey int

const userKey ctxKey = iota

var (
	ErrUnknownToken = errors.New("unknown token")
	ErrTokenExpired = errors.New("token expired")
)

var (
	usersByName = map[string]*User{}
	teams       = map[string]*Team{}
	sessions    = map[string]session{}
)

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="teams"`)
	http.Error(w, "authentication required", http.StatusUnauthorized)
}

func writeServiceError(w http.ResponseWriter, err error) {
	var nm *NotMemberError
	switch {
	case errors.Is(err, ErrUnknownToken):
		unauthorized(w)
	case errors.Is(err, ErrTokenExpired):
		writeJSONError(w, http.StatusForbidden, "token expired") // want use-401
	case errors.As(err, &nm):
		writeJSONError(w, http.StatusForbidden, err.Error())
	default:
		writeJSONError(w, http.StatusInternalServerError, "internal error")
	}
}

// Login checks a username and password and issues a session token.
func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := usersByName[r.PostFormValue("username")]
	if !ok {
		writeJSONError(w, http.StatusForbidden, "invalid username or password") // want use-401
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))); err != nil {
		writeJSONError(w, http.StatusUnauthorized, "invalid username or password")
		return
	}
	if u.Locked {
		writeJSONError(w, http.StatusForbidden, "account locked, contact an administrator")
		return
	}
	tok := rand.Text()
	sessions[tok] = session{user: u, expires: time.Now().Add(8 * time.Hour)}
	_ = json.NewEncoder(w).Encode(map[string]string{"token": tok})
}

func validateToken(tok string) (*User, error) {
	s, ok := sessions[tok]
	switch {
	case !ok:
		return nil, ErrUnknownToken
	case time.Now().After(s.expires):
		return nil, ErrTokenExpired
	}
	return s.user, nil
}

func TokenAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := validateToken(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
		if err != nil {
			writeServiceError(w, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, u)))
	})
}

func currentUser(r *http.Request) *User {
	u, _ := r.Context().Value(userKey).(*User)
	return u
}

// TeamMember requires membership of the team named in the path.
func TeamMember(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := currentUser(r)
		if u == nil {
			unauthorized(w)
			return
		}
		if !slices.Contains(u.TeamIDs, mux.Vars(r)["team"]) && !u.Admin {
			unauthorized(w) // want use-403
			return
		}
		next.ServeHTTP(w, r)
	})
}

func DeleteTeam(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	team, ok := teams[mux.Vars(r)["team"]]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if team.OwnerID != u.ID && !u.Admin {
		http.Error(w, "only the owner may delete a team", 403) // want forbidden-literal
		return
	}
	delete(teams, team.ID)
	w.WriteHeader(http.StatusNoContent)
}

func RotateSigningKeys(w http.ResponseWriter, r *http.Request) {
	if u := currentUser(r); u == nil || !u.Admin {
		http.Error(w, "administrators only", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func ExportDirectory(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	if !u.Admin {
		w.WriteHeader(http.StatusUnauthorized) // want use-403
		return
	}
	_ = json.NewEncoder(w).Encode(teams)
}

func Router() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", Login).Methods(http.MethodPost)
	api := r.PathPrefix("/api").Subrouter()
	api.Use(TokenAuth)
	api.HandleFunc("/admin/keys/rotate", RotateSigningKeys).Methods(http.MethodPost)
	api.HandleFunc("/admin/export", ExportDirectory).Methods(http.MethodGet)
	t := api.PathPrefix("/teams/{team}").Subrouter()
	t.Use(TeamMember)
	t.HandleFunc("", DeleteTeam).Methods(http.MethodDelete)
	return r
}
