// Package echov5app: echo v5, where Context is a struct.
package echov5app

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

type User struct{ Admin bool }

var ErrInvalidSession = errors.New("invalid session") // want ErrInvalidSession:"errkind authn"

func sessionUser(c *echo.Context) (*User, error) { return nil, nil }

func RequireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		u, err := sessionUser(c)
		if err != nil {
			return echo.ErrForbidden // want `403 Forbidden written after sessionUser\(c\) found no authenticated caller`
		}
		if !u.Admin {
			return echo.ErrUnauthorized // want `401 Unauthorized written after permission check u.Admin failed`
		}
		return next(c)
	}
}

func RequireUserRight(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		u, err := sessionUser(c)
		if errors.Is(err, ErrInvalidSession) {
			return echo.NewHTTPError(http.StatusUnauthorized, "session expired")
		}
		if !u.Admin {
			return c.JSON(http.StatusForbidden, map[string]string{"error": "admins only"})
		}
		return next(c)
	}
}

func Legacy(c *echo.Context) error {
	if _, err := sessionUser(c); errors.Is(err, ErrInvalidSession) {
		return c.NoContent(http.StatusForbidden) // want `403 Forbidden written for authentication error ErrInvalidSession`
	}
	return c.String(401, "no") // want `401 Unauthorized written as a bare literal`
}
