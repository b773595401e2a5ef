// Package auth knows who is asking and what they may do.
package auth

import "net/http"

// User is an authenticated caller.
type User struct {
	Name  string
	Admin bool
	Plans []string
}

// IsAdmin reports whether u may administer the service.
func (u *User) IsAdmin() bool { return u.Admin }

// Licensed reports whether u's plan covers feature.
func (u *User) Licensed(feature string) bool {
	for _, p := range u.Plans {
		if p == feature {
			return true
		}
	}
	return false
}

type key struct{}

// FromRequest returns the user an upstream middleware authenticated.
func FromRequest(r *http.Request) *User {
	u, _ := r.Context().Value(key{}).(*User)
	return u
}
