// Package fiberapp: fiber v2 handlers and middleware.
package fiberapp

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

type User struct {
	ID    string
	Roles []string
}

func (u *User) HasRole(r string) bool { return false }

func lookupAPIKey(key string) (*User, error) { return nil, nil }

// KeyAuth authenticates an API key.
func KeyAuth(c *fiber.Ctx) error {
	key := c.Get("X-API-Key")
	if key == "" {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "missing api key"}) // want `403 Forbidden written when the request carries no credentials \(key is empty\)`
	}
	u, err := lookupAPIKey(key)
	if err != nil {
		return fiber.NewError(fiber.StatusForbidden, "unknown api key") // want `403 Forbidden written after authentication check lookupAPIKey\(key\) failed`
	}
	c.Locals("user", u)
	return c.Next()
}

func BearerRight(c *fiber.Ctx) error {
	auth := c.Get("Authorization")
	if !strings.HasPrefix(auth, "Bearer ") {
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

// RequireRole reads the user stored by KeyAuth.
func RequireRole(role string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		u, ok := c.Locals("user").(*User)
		if !ok || u == nil {
			return fiber.ErrForbidden // want `403 Forbidden written when the request carries no authenticated caller`
		}
		if !u.HasRole(role) {
			return fiber.ErrUnauthorized // want `401 Unauthorized written after permission check u.HasRole\(role\) failed; the caller is authenticated but not permitted, use 403 Forbidden`
		}
		if !u.HasRole("auditor") {
			return c.SendStatus(401) // want `401 Unauthorized written after permission check u.HasRole\("auditor"\) failed`
		}
		return c.Next()
	}
}

func Profile(c *fiber.Ctx) error {
	if c.Locals("user") == nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	// A business code in the body is not a status.
	return c.JSON(fiber.Map{"code": 403})
}

func Legacy(c *fiber.Ctx) error { // want Legacy:"writes 403"
	return c.SendStatus(403) // want `403 Forbidden written as a bare literal; use fiber.StatusForbidden`
}
