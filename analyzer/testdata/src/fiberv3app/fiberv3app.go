// Package fiberv3app: fiber v3, where Ctx is an interface.
package fiberv3app

import (
	"github.com/gofiber/fiber/v3"
)

type Claims struct{ Roles []string }

func (c *Claims) HasRole(r string) bool { return false }

func Protected(c fiber.Ctx) error {
	claims, ok := c.Locals("claims").(*Claims)
	if !ok {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "unauthenticated"}) // want `403 Forbidden written when the request carries no authenticated caller`
	}
	if !claims.HasRole("editor") {
		return fiber.NewError(fiber.StatusUnauthorized, "editors only") // want `401 Unauthorized written after permission check claims.HasRole\("editor"\) failed`
	}
	if !claims.HasRole("admin") {
		return fiber.ErrForbidden
	}
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.SendStatus(403) // want `403 Forbidden written as a bare literal; use fiber.StatusForbidden`
}
