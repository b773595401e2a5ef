// Package chiapp: chi routes to net/http handlers; go-chi/render sets the
// status from an error response's field.
package chiapp

import (
	"context"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type ErrResponse struct {
	Err            error  `json:"-"`
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func ErrUnauthorized(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: http.StatusUnauthorized, StatusText: "unauthorized"}
}

type Account struct {
	ID    string
	Scope []string
}

type ctxKey string

func accountFrom(ctx context.Context) (*Account, bool) {
	a, ok := ctx.Value(ctxKey("account")).(*Account)
	return a, ok
}

var ErrInsufficientScope = errors.New("insufficient scope") // want ErrInsufficientScope:"errkind authz"

func authorizeScope(a *Account, scope string) error { return nil }

// Authenticator is chi middleware.
func Authenticator(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := accountFrom(r.Context()); !ok {
			render.Status(r, http.StatusForbidden) // want `403 Forbidden written when the request carries no authenticated caller`
			render.JSON(w, r, map[string]string{"error": "login required"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func UpdateBilling(w http.ResponseWriter, r *http.Request) {
	a, ok := accountFrom(r.Context())
	if !ok {
		render.Render(w, r, ErrUnauthorized(nil))
		return
	}
	if err := authorizeScope(a, "billing:write"); err != nil {
		render.Render(w, r, &ErrResponse{Err: err, HTTPStatusCode: http.StatusUnauthorized}) // want `401 Unauthorized written after permission check authorizeScope\(a, "billing:write"\) failed`
		return
	}
	if err := authorizeScope(a, "billing:admin"); errors.Is(err, ErrInsufficientScope) {
		render.Status(r, 401) // want `401 Unauthorized written for authorization error ErrInsufficientScope`
		return
	}
	id := chi.URLParam(r, "id")
	_ = id
}

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(Authenticator)
	r.Put("/billing/{id}", UpdateBilling)
	return r
}
