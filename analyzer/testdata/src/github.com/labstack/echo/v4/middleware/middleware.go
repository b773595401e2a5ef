// Package middleware is a stub of echo v4's middleware package.
package middleware

import "github.com/labstack/echo/v4"

type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

type KeyAuthConfig struct {
	KeyLookup string
	Validator KeyAuthValidator
}

type BasicAuthValidator func(string, string, echo.Context) (bool, error)

func KeyAuth(fn KeyAuthValidator) echo.MiddlewareFunc            { return nil }
func KeyAuthWithConfig(config KeyAuthConfig) echo.MiddlewareFunc { return nil }
func BasicAuth(fn BasicAuthValidator) echo.MiddlewareFunc        { return nil }
