// Package app writes statuses through the other packages.
package app

import (
	"net/http"

	"example.com/xpkgapp/policy"
	"example.com/xpkgapp/respond"
)

var guard policy.Guard

func current(r *http.Request) *policy.User { return nil }

func Refund(w http.ResponseWriter, r *http.Request) {
	if !guard.Allows(current(r), "invoice.refund") {
		respond.Error(w, http.StatusUnauthorized, "not allowed")
		return
	}
	if !guard.Allows(current(r), "invoice.view") {
		respond.Error(w, 403, "not allowed")
	}
}
