// Package authz: 401 written where authorization failed is use-403; the same
// branches writing 403 are correct.
package authz

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"slices"
)

type User struct {
	ID       string
	Role     string
	Roles    []string
	TenantID string
	Scopes   []string
}

func (u *User) IsAdmin() bool             { return u.Role == "admin" } // want IsAdmin:"check authz result 0"
func (u *User) CanEdit(d *Document) bool  { return d.OwnerID == u.ID } // want CanEdit:"check authz result 0"
func (u *User) HasPermission(string) bool { return false }

type Document struct {
	ID       string
	OwnerID  string
	TenantID string
}

type ctxKey struct{}

func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(ctxKey{}).(*User)
	return u
}

func loadDocument(id string) *Document { return &Document{} }

// Permission predicates on an established principal.

func adminOnlyWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	if !u.IsAdmin() {
		http.Error(w, "admins only", http.StatusUnauthorized) // want `401 Unauthorized written after permission check u.IsAdmin\(\) failed; the caller is authenticated but not permitted, use 403 Forbidden`
		return
	}
}

func adminOnlyRight(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	if !u.IsAdmin() {
		http.Error(w, "admins only", http.StatusForbidden)
		return
	}
}

func editWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	doc := loadDocument(r.URL.Query().Get("id"))
	if !u.CanEdit(doc) {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check u.CanEdit\(doc\) failed`
	}
}

func permissionWrong(w http.ResponseWriter, r *http.Request) {
	if u := userFrom(r.Context()); u != nil && !u.HasPermission("invoice.refund") {
		w.WriteHeader(http.StatusUnauthorized) // want `use 403 Forbidden`
	}
}

// Attribute comparisons: role, owner, tenant, scopes.

func roleCompareWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u.Role != "admin" {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check u.Role != "admin"`
	}
}

func ownerWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	doc := loadDocument(r.URL.Query().Get("id"))
	if doc.OwnerID != u.ID {
		http.Error(w, "not your document", http.StatusUnauthorized) // want `401 Unauthorized written after permission check doc.OwnerID != u.ID`
		return
	}
}

func tenantRight(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	doc := loadDocument(r.URL.Query().Get("id"))
	if doc.TenantID != u.TenantID {
		http.Error(w, "wrong tenant", http.StatusForbidden)
		return
	}
}

func scopeWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if !slices.Contains(u.Scopes, "orders:write") {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check slices.Contains\(u.Scopes, "orders:write"\) failed`
	}
}

// The else branch of a successful check is its failure.

func elseBranchWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u.IsAdmin() {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusUnauthorized) // want `use 403 Forbidden`
	}
}

// After a guard that returns when the check passes, the check failed.

func guardWrong(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u.IsAdmin() {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.WriteHeader(http.StatusUnauthorized) // want `use 403 Forbidden`
}

// Authorization errors: sentinels and os.ErrPermission.

var (
	ErrForbidden        = errors.New("forbidden")                              // want ErrForbidden:"errkind authz"
	ErrPermissionDenied = errors.New("permission denied")                      // want ErrPermissionDenied:"errkind authz"
	ErrNotOwner         = errors.New("not the owner")                          // want ErrNotOwner:"errkind authz"
	errNoAccess         = errors.New("you do not have access to this project") // want errNoAccess:"errkind authz"
)

func deleteProject(ctx context.Context, id string) error { return nil }

func sentinelWrong(w http.ResponseWriter, r *http.Request) {
	err := deleteProject(r.Context(), r.URL.Query().Get("id"))
	switch {
	case errors.Is(err, ErrPermissionDenied), errors.Is(err, ErrNotOwner):
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written for authorization error ErrPermissionDenied`
	case errors.Is(err, errNoAccess):
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written for authorization error errNoAccess`
	case errors.Is(err, os.ErrPermission):
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written for authorization error os.ErrPermission`
	case err == ErrForbidden:
		w.WriteHeader(http.StatusForbidden)
	case err != nil:
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func fsPermission(w http.ResponseWriter, r *http.Request) {
	_, err := os.Open("/srv/data")
	if errors.Is(err, fs.ErrPermission) {
		http.Error(w, "no access", http.StatusUnauthorized) // want `use 403 Forbidden`
	}
}

// Error types matched with errors.As or a type switch.

type ForbiddenError struct{ Reason string } // want ForbiddenError:"errkind authz"

func (e *ForbiddenError) Error() string { return e.Reason }

func errorTypeWrong(w http.ResponseWriter, r *http.Request) {
	err := deleteProject(r.Context(), "x")
	var fe *ForbiddenError
	if errors.As(err, &fe) {
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written for authorization error type ForbiddenError`
	}
	switch err.(type) {
	case *ForbiddenError:
		w.WriteHeader(http.StatusUnauthorized) // want `use 403 Forbidden`
	}
}

// A status chosen in a switch arm and written later.

func statusVarWrong(w http.ResponseWriter, r *http.Request) {
	err := deleteProject(r.Context(), "x")
	code := http.StatusOK
	switch {
	case errors.Is(err, ErrPermissionDenied):
		code = http.StatusUnauthorized // want `401 Unauthorized written for authorization error ErrPermissionDenied`
	case err != nil:
		code = http.StatusInternalServerError
	}
	w.WriteHeader(code)
}

// The default arm of a switch on the caller's role: no allowed role matched.
func roleSwitch(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	switch u.Role {
	case "admin", "editor":
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusUnauthorized) // want `401 Unauthorized written after permission check on u.Role matched no allowed case`
	}
	switch r.Method {
	case http.MethodGet:
	default:
		w.WriteHeader(http.StatusUnauthorized)
	}
}
