// Package flow: once a handler has authenticated the caller, later checks on
// that caller are authorization, whatever they are called.
package flow

import (
	"errors"
	"net/http"
	"strings"
)

type Claims struct {
	Subject string
	Issuer  string
}

type Post struct{ AuthorID string }

type User struct{ ID string }

func parseClaims(raw string) (*Claims, error) { return nil, errors.New("x") }

type Rules struct{}

func (Rules) Match(subject, action string) bool { return false }

var rules Rules

func loadPost(id string) *Post { return &Post{} }

func refund(w http.ResponseWriter, r *http.Request) {
	claims, err := parseClaims(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	if err != nil {
		http.Error(w, "invalid token", http.StatusUnauthorized)
		return
	}
	if !rules.Match(claims.Subject, "invoice.refund") {
		http.Error(w, "not allowed", http.StatusUnauthorized) // want `401 Unauthorized written after permission check rules.Match\(claims.Subject, "invoice.refund"\) failed on the authenticated caller`
		return
	}
}

func sessionUser(r *http.Request) (*User, error) { return nil, nil }

func editPost(w http.ResponseWriter, r *http.Request) {
	u, err := sessionUser(r)
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	post := loadPost(r.PathValue("id"))
	if post.AuthorID != u.ID {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after ownership check post.AuthorID != u.ID on the authenticated caller`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Without an authentication first, the same check says nothing.
func noAuthFirst(w http.ResponseWriter, r *http.Request, c *Claims) {
	if !rules.Match(c.Subject, "invoice.refund") {
		http.Error(w, "not allowed", http.StatusUnauthorized)
	}
}

// A check that does not involve the authenticated caller says nothing.
func unrelated(w http.ResponseWriter, r *http.Request) {
	claims, err := parseClaims(r.Header.Get("Authorization"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if !rules.Match("anonymous", r.URL.Path) {
		w.WriteHeader(http.StatusUnauthorized)
	}
	_ = claims
}
