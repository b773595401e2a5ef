// Package fiberv3api is an analytics dashboard on fiber v3: server-side
// sessions in a cookie, workspace permissions, CSRF tokens.
package fiberv3api

import (
	"errors"
	"slices"
	"time"

	"github.com/gofiber/fiber/v3"
)

type Session struct {
	UserID      string
	WorkspaceID string
	Permissions []string
	CSRF        string
	ExpiresAt   time.Time
}

func (s *Session) HasPermission(p string) bool { return slices.Contains(s.Permissions, p) }

type Report struct {
	ID          string
	WorkspaceID string
}

type sessionKey struct{}

var ErrNoSession = errors.New("no such session")

var (
	sessionStore = map[string]*Session{}
	reports      = map[string]*Report{}
)

func loadSession(id string) (*Session, error) {
	if s, ok := sessionStore[id]; ok {
		return s, nil
	}
	return nil, ErrNoSession
}

func SessionAuth(c fiber.Ctx) error {
	sid := c.Cookies("sid")
	if sid == "" {
		return fiber.ErrForbidden // want use-401
	}
	sess, err := loadSession(sid)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	if time.Now().After(sess.ExpiresAt) {
		return fiber.NewError(fiber.StatusForbidden, "session expired") // want use-401
	}
	if c.Method() != fiber.MethodGet && c.Get("X-CSRF-Token") != sess.CSRF {
		return fiber.NewError(fiber.StatusForbidden, "csrf token mismatch")
	}
	fiber.Locals(c, sessionKey{}, sess)
	return c.Next()
}

func RequirePermission(perm string) fiber.Handler {
	return func(c fiber.Ctx) error {
		sess := fiber.Locals[*Session](c, sessionKey{})
		if sess == nil {
			return fiber.ErrUnauthorized
		}
		if !sess.HasPermission(perm) {
			return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "missing permission " + perm}) // want use-403
		}
		return c.Next()
	}
}

func ExportReport(c fiber.Ctx) error {
	sess := fiber.Locals[*Session](c, sessionKey{})
	r, ok := reports[c.Params("id")]
	if !ok {
		return fiber.ErrNotFound
	}
	if r.WorkspaceID != sess.WorkspaceID {
		return c.Status(403).JSON(fiber.Map{"error": "unauthorized"}) // want forbidden-literal
	}
	// Status codes as data: how often the API answered each one today.
	return c.JSON(fiber.Map{"report": r.ID, "status_counts": map[int]int{200: 1520, 401: 12, 403: 3}})
}

func ShareReport(c fiber.Ctx) error {
	sess := fiber.Locals[*Session](c, sessionKey{})
	status, msg := fiber.StatusCreated, "shared"
	switch {
	case sess == nil:
		status, msg = fiber.StatusUnauthorized, "sign in to share reports"
	case !sess.HasPermission("reports:share"):
		status, msg = fiber.StatusUnauthorized, "sharing is not permitted" // want use-403
	}
	return c.Status(status).JSON(fiber.Map{"message": msg})
}

func DeleteWorkspace(c fiber.Ctx) error {
	sess := fiber.Locals[*Session](c, sessionKey{})
	if sess == nil || !sess.HasPermission("workspace:admin") {
		return fiber.ErrForbidden
	}
	for id, r := range reports {
		if r.WorkspaceID == sess.WorkspaceID {
			delete(reports, id)
		}
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func New() *fiber.App {
	app := fiber.New()
	app.Use(SessionAuth)
	app.Get("/reports/:id/export", ExportReport, RequirePermission("reports:export"))
	app.Post("/reports/:id/share", ShareReport)
	app.Delete("/workspace", DeleteWorkspace)
	return app
}
