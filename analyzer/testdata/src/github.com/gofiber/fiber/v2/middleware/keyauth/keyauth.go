// Package keyauth is a stub of fiber v2's keyauth middleware.
package keyauth

import "github.com/gofiber/fiber/v2"

type Config struct {
	KeyLookup string
	Validator func(*fiber.Ctx, string) (bool, error)
}

func New(config ...Config) fiber.Handler { return nil }
