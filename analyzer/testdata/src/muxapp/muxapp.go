// Package muxapp: gorilla/mux routes to net/http handlers and middleware.
package muxapp

import (
	"net/http"

	"github.com/gorilla/mux"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID           string
	PasswordHash []byte
	TeamID       string
}

func findUser(name string) *User { return nil }

func Login(w http.ResponseWriter, r *http.Request) {
	u := findUser(r.FormValue("username"))
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "wrong password", http.StatusForbidden) // want `403 Forbidden written after authentication check bcrypt.CompareHashAndPassword\(...\) failed`
		return
	}
}

func LoginRight(w http.ResponseWriter, r *http.Request) {
	u := findUser(r.FormValue("username"))
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "wrong password", http.StatusUnauthorized)
		return
	}
}

type ctxKey int

const userKey ctxKey = 0

func TeamOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, ok := r.Context().Value(userKey).(*User)
		if !ok {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if u.TeamID != mux.Vars(r)["team"] {
			w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after ownership check u.TeamID != mux.Vars\(r\)\["team"\] on the authenticated caller`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Router() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", Login).Methods("POST")
	r.Use(TeamOnly)
	return r
}
