// Package fiberv2api is a project tracker on fiber v2: JWT access tokens,
// refresh-token cookies, organisations and project leads.
package fiberv2api

import (
	"errors"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	jwt.RegisteredClaims
	OrgID string `json:"org"`
	Role  string `json:"role"`
}

type Project struct {
	ID       string
	OrgID    string
	LeadID   string
	Archived bool
}

var (
	signingKey    = []byte("change-me")
	projects      = map[string]*Project{}
	refreshTokens = map[string]string{}
)

func fail(c *fiber.Ctx, status int, msg string) error {
	return c.Status(status).JSON(fiber.Map{"error": msg})
}

func JWT(c *fiber.Ctx) error {
	auth := c.Get(fiber.HeaderAuthorization)
	if !strings.HasPrefix(auth, "Bearer ") {
		c.Set(fiber.HeaderWWWAuthenticate, "Bearer")
		return fiber.ErrUnauthorized
	}
	claims := new(Claims)
	tok, err := jwt.ParseWithClaims(auth[len("Bearer "):], claims, func(*jwt.Token) (any, error) { return signingKey, nil })
	if err != nil || !tok.Valid {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "invalid token"}) // want use-401
	}
	c.Locals("claims", claims)
	return c.Next()
}

// Refresh exchanges the refresh-token cookie for a new access token.
func Refresh(c *fiber.Ctx) error {
	rt := c.Cookies("refresh_token")
	if rt == "" {
		return c.SendStatus(401) // want unauthorized-literal
	}
	sub, ok := refreshTokens[rt]
	if !ok {
		return fiber.NewError(fiber.StatusForbidden, "refresh token unknown or already used") // want use-401
	}
	delete(refreshTokens, rt)
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub})
	signed, err := tok.SignedString(signingKey)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"access_token": signed})
}

func AdminOnly(c *fiber.Ctx) error {
	claims, ok := c.Locals("claims").(*Claims)
	if !ok {
		return fail(c, fiber.StatusUnauthorized, "not authenticated")
	}
	if claims.Role != "admin" {
		return fiber.ErrUnauthorized // want use-403
	}
	return c.Next()
}

// SameOrigin refuses state-changing requests from other sites.
func SameOrigin(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet && c.Get(fiber.HeaderOrigin) != "https://tracker.example.com" {
		return &fiber.Error{Code: 403, Message: "origin not allowed"} // want forbidden-literal
	}
	return c.Next()
}

func ArchiveProject(c *fiber.Ctx) error {
	claims, _ := c.Locals("claims").(*Claims)
	if claims == nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	p, ok := projects[c.Params("id")]
	if !ok {
		return fiber.ErrNotFound
	}
	if claims.OrgID != p.OrgID {
		return fiber.NewError(fiber.StatusForbidden, "unauthorized: project belongs to another organisation")
	}
	if p.LeadID != claims.Subject {
		return fail(c, fiber.StatusUnauthorized, "only the project lead may archive it") // want use-403
	}
	p.Archived = true
	return c.SendStatus(fiber.StatusNoContent)
}

// Permissions tells the UI which buttons to grey out.
func Permissions(c *fiber.Ctx) error {
	claims, _ := c.Locals("claims").(*Claims)
	archive := 200
	if claims == nil || claims.Role != "admin" {
		archive = 403
	}
	return c.JSON(fiber.Map{"archive": archive, "view": 200})
}

func errorHandler(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	}
	if code == fiber.StatusUnauthorized {
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="projects"`)
	}
	return c.Status(code).JSON(fiber.Map{"error": err.Error()})
}

func New() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: errorHandler})
	app.Post("/auth/refresh", Refresh)
	api := app.Group("/api", SameOrigin, JWT)
	api.Get("/permissions", Permissions)
	api.Post("/projects/:id/archive", ArchiveProject)
	api.Delete("/projects/:id", AdminOnly, func(c *fiber.Ctx) error {
		delete(projects, c.Params("id"))
		return c.SendStatus(fiber.StatusNoContent)
	})
	return app
}
